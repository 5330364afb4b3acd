//! What a wallet reads of its wallet cards: a card's status, its account, and the commands
//! queued for it (getCardStatus, getCardAccount, getCardCommands).
//!
//! Invariant: a read checks the pod when the tenant asks for it, and answers only once what it
//! read is durable.

use super::*;

impl Wallets {
    /// A wallet card (getCardStatus), checking the pod when the tenant asks for it.
    pub async fn card(
        &self,
        id: &str,
        pod: Option<&str>,
    ) -> Result<(WalletCardRecord, String), WalletError> {
        let (issuer, card): (_, WalletCardRecord) = self
            .find(id, WalletKey::Card(id), WalletError::UnknownWalletCard)
            .await?;
        let account = self.account_in_pod(&issuer, &card.account_id, pod).await?;
        Ok((card, account.pod))
    }

    /// An issuer's wallet card account, as seen from `pod` ([`Self::check_pod`]).
    async fn account_in_pod(
        &self,
        issuer: &str,
        id: &str,
        pod: Option<&str>,
    ) -> Result<WalletAccountRecord, WalletError> {
        let account = self
            .store
            .wallet_get(issuer, WalletKey::Account(id))
            .await?
            .ok_or_else(|| WalletError::UnknownWalletCardAccount(id.to_string()))?;
        self.check_pod(issuer, &account, pod)?;
        Ok(account)
    }

    /// With the tenant's `strictPods` on, a request naming another pod than the account's is
    /// refused.
    pub(super) fn check_pod(
        &self,
        issuer: &str,
        account: &WalletAccountRecord,
        pod: Option<&str>,
    ) -> Result<(), WalletError> {
        let Some(sent) = pod else { return Ok(()) };
        if sent == account.pod || !self.owner(issuer)?.settings.strict_pods {
            return Ok(());
        }
        Err(WalletError::WrongPod {
            account: account.id.clone(),
            pod: account.pod.clone(),
            sent: sent.to_string(),
        })
    }

    /// A wallet card account and its state (getCardAccountStatus).
    pub async fn account(
        &self,
        id: &str,
        pod: Option<&str>,
    ) -> Result<(WalletAccountRecord, WalletCardState), WalletError> {
        let issuer = self.issuer_of(id, WalletError::UnknownWalletCardAccount(id.to_string()))?;
        let account = self.account_in_pod(&issuer, id, pod).await?;
        let mut cards = Vec::new();
        for card_id in &account.wallet_card_ids {
            if let Some(card) = self
                .store
                .wallet_get(&issuer, WalletKey::Card(card_id))
                .await?
            {
                cards.push(card);
            }
        }
        Ok((account.clone(), account_state(&cards)))
    }

    /// getCardCommands: the wallet card's pending tasks, oldest first. `seId` is required the
    /// first time and may not change.
    pub async fn commands(
        &self,
        id: &str,
        se_id: Option<&str>,
        pod: Option<&str>,
    ) -> Result<(Vec<WalletTask>, String), WalletError> {
        let (card, pod_name) = self.card(id, pod).await?;
        let pending = |c: &WalletCardRecord| -> Vec<WalletTask> {
            c.tasks
                .iter()
                .filter(|t| t.state == WalletTaskState::Pending)
                .cloned()
                .collect()
        };
        match (&card.se_id, se_id) {
            (Some(known), Some(sent)) if !known.eq_ignore_ascii_case(sent) => {
                Err(WalletError::SeIdMismatch(id.to_string()))
            }
            (Some(_), _) => Ok((pending(&card), pod_name)),
            (None, None) => Err(WalletError::SeIdRequired(id.to_string())),
            (None, Some(sent)) => {
                let updated = self
                    .store
                    .change_wallets(&card.issuer_id, |tx| {
                        let mut c = refuse!(tx_card(tx, id)?);
                        match &c.se_id {
                            Some(k) if !k.eq_ignore_ascii_case(sent) => {
                                return Ok(Err(WalletError::SeIdMismatch(id.to_string())));
                            }
                            Some(_) => {}
                            None => {
                                c.se_id = Some(sent.to_string());
                                tx.put(WalletKey::Card(id), &c)?;
                            }
                        }
                        Ok(Ok(c))
                    })
                    .await??;
                Ok((pending(&updated), pod_name))
            }
        }
    }
}
