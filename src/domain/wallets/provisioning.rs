//! provisionCard: a new wallet card under its account, and what D1 tells the issuer.
//!
//! Invariant: a provisioning is one change of the issuer's wallet world (one-time password,
//! account, wallet card and its first task, all or none); what D1 tells the issuer afterwards
//! never undoes it.

use super::*;

/// A provisioned wallet card and its account.
#[derive(Debug, Clone)]
pub struct Provisioned {
    /// The wallet card.
    pub card: WalletCardRecord,
    /// Its account.
    pub account: WalletAccountRecord,
}

/// D1's verifyCard at a tenant's registered issuer endpoint (the outbound layer implements it;
/// the server installs it at start): the card data encrypted to the issuer's key, the answer
/// read as a [`Verification`], or why there is none.
pub trait RemoteIssuer: Send + Sync + std::fmt::Debug {
    /// Asks the issuer `partner` to verify `card`, proposing `card_id` for an unknown card.
    fn verify<'a>(
        &'a self,
        partner: &'a PartnerDescription,
        card: &'a CardData,
        card_id: &'a str,
    ) -> Pin<Box<dyn Future<Output = Result<Verification, String>> + Send + 'a>>;
}

/// D1's call to an issuer endpoint, and the endpoint.
pub(super) type Remote = (Arc<dyn RemoteIssuer>, PartnerDescription);

impl Wallets {
    /// provisionCard: a new wallet card, `CREATED`, with a `SEND_SCRIPT` task, under the
    /// account of this card and wallet account (made if new). D1 tells the issuer: DIGITIZE
    /// PENDING.
    #[allow(clippy::too_many_arguments)]
    pub async fn provision(
        &self,
        cards: &Cards,
        deliveries: &Deliveries,
        issuer_id: &str,
        descriptor: &Descriptor,
        wallet_account_id: &str,
        last_digits: &str,
        otp: Option<&str>,
        pod: Option<&str>,
        now: DateTime<Utc>,
    ) -> Result<Provisioned, WalletError> {
        let tenant = self.owner(issuer_id)?;
        let strict_pods = tenant.settings.strict_pods;
        let card = self
            .resolve(cards, &tenant, issuer_id, None, descriptor, now)
            .await?;
        // The registry keeps the last four digits only: of 5 given, the last four are compared
        // (stated in the document).
        let matches = last_digits.ends_with(&card.last_four) && card.last_four.len() == 4;
        if !matches {
            return Err(WalletError::LastDigits);
        }
        let otp_digest = otp.map(|otp| cards.otp_digest(otp));
        let (card_id, account_id_new, wallet_card_id, task_id, operation_id) = (
            card.card_id.clone(),
            new_id("wca_"),
            new_id("wc_"),
            new_id("task_"),
            new_id("op_"),
        );
        let provisioned = self
            .store
            .change_wallets(issuer_id, |tx| {
                if let Some(digest) = &otp_digest {
                    let stored: Option<OtpRecord> = tx.get(WalletKey::Otp(digest))?;
                    match stored {
                        Some(o) if o.card_id != card_id => {
                            return Ok(Err(WalletError::OtpInvalid));
                        }
                        Some(o) if o.expires_at <= now => {
                            return Ok(Err(WalletError::OtpExpired));
                        }
                        Some(_) => tx.remove(WalletKey::Otp(digest))?,
                        None => return Ok(Err(WalletError::OtpInvalid)),
                    }
                }
                let mut accounts: Vec<(String, String)> = tx
                    .get(WalletKey::CardAccounts(&card_id))?
                    .unwrap_or_default();
                let existing = accounts
                    .iter()
                    .find(|(w, _)| w == wallet_account_id)
                    .map(|(_, a)| a.clone());
                let mut account = match existing {
                    Some(id) => {
                        let account = refuse!(
                            tx.get::<WalletAccountRecord>(WalletKey::Account(&id))?
                                .ok_or(WalletError::UnknownWalletCardAccount(id))
                        );
                        // Another device of an existing account: its pod, when held to it.
                        if let Some(sent) = pod.filter(|p| strict_pods && *p != account.pod) {
                            return Ok(Err(WalletError::WrongPod {
                                account: account.id.clone(),
                                pod: account.pod.clone(),
                                sent: sent.to_string(),
                            }));
                        }
                        account
                    }
                    None if accounts.len() >= MAX_ACCOUNTS_PER_CARD => {
                        return Ok(Err(WalletError::Limit(format!(
                            "the card is in {MAX_ACCOUNTS_PER_CARD} wallet accounts already"
                        ))));
                    }
                    None => {
                        accounts.push((wallet_account_id.to_string(), account_id_new.clone()));
                        tx.put(WalletKey::CardAccounts(&card_id), &accounts)?;
                        WalletAccountRecord {
                            id: account_id_new.clone(),
                            issuer_id: issuer_id.to_string(),
                            card_id: card_id.clone(),
                            wallet_account_id: wallet_account_id.to_string(),
                            pod: pod_of(&account_id_new).to_string(),
                            wallet_card_ids: Vec::new(),
                            created_at: now,
                        }
                    }
                };
                if account.wallet_card_ids.len() >= MAX_WALLET_CARDS_PER_ACCOUNT {
                    return Ok(Err(WalletError::Limit(format!(
                        "wallet card account {} holds {MAX_WALLET_CARDS_PER_ACCOUNT} wallet cards already",
                        account.id
                    ))));
                }
                account.wallet_card_ids.push(wallet_card_id.clone());
                let wallet_card = WalletCardRecord {
                    id: wallet_card_id.clone(),
                    account_id: account.id.clone(),
                    issuer_id: issuer_id.to_string(),
                    card_id: card_id.clone(),
                    wallet_account_id: wallet_account_id.to_string(),
                    state: WalletCardState::Created,
                    se_id: None,
                    digitize_operation_id: operation_id.clone(),
                    remote_issuer: card.remote,
                    created_at: now,
                    tasks: vec![WalletTask {
                        id: task_id.clone(),
                        command: "SEND_SCRIPT".into(),
                        operation: None,
                        state: WalletTaskState::Pending,
                        created_at: now,
                        finished_at: None,
                        status_code: None,
                    }],
                    history: vec![WalletCardChange {
                        at: now,
                        event: "PROVISIONED".into(),
                        from: None,
                        to: WalletCardState::Created,
                    }],
                };
                tx.put(WalletKey::Account(&account.id), &account)?;
                tx.put(WalletKey::Card(&wallet_card.id), &wallet_card)?;
                tx.put(WalletKey::Task(&task_id), &wallet_card.id)?;
                Ok(Ok(Provisioned {
                    card: wallet_card,
                    account,
                }))
            })
            .await??;
        self.tell_issuer(
            cards,
            deliveries,
            &provisioned.card,
            OperationStatus::Pending,
            now,
        )
        .await;
        Ok(provisioned)
    }

    /// Records D1's DIGITIZE operation on the issuer's card (visible through the admin API) and,
    /// when the tenant registered an issuer endpoint, delivers it there. The wallet's change is
    /// stored already and stands whatever happens here: a failure is logged, never answered (the
    /// wallet would retry a request that already took effect).
    pub(super) async fn tell_issuer(
        &self,
        cards: &Cards,
        deliveries: &Deliveries,
        card: &WalletCardRecord,
        status: OperationStatus,
        now: DateTime<Utc>,
    ) {
        let tenant = match self.owner(&card.issuer_id) {
            Ok(tenant) => tenant,
            Err(e) => {
                tracing::warn!(error = %e, wallet_card = %card.id, "the DIGITIZE operation has no issuer to be told to");
                return;
            }
        };
        let operation = NotifiedOperation {
            operation_id: card.digitize_operation_id.clone(),
            operation: "DIGITIZE".into(),
            status,
            digital_card_ids: vec![card.id.clone()],
            start_time: Some(card.created_at),
            end_time: (status != OperationStatus::Pending).then_some(now),
            message: None,
        };
        // The sandbox's registry records what D1 told about its own cards; a card a registered
        // issuer endpoint holds is not in it, and hears through the delivery below.
        if !card.remote_issuer
            && let Err(e) = cards
                .notify(
                    &tenant,
                    &card.issuer_id,
                    &[(card.card_id.clone(), operation)],
                    now,
                )
                .await
        {
            tracing::warn!(error = %e, wallet_card = %card.id, "the DIGITIZE operation could not be recorded on the card");
        }
        let event = Event::CardOperation {
            card_id: card.card_id.clone(),
            operation_id: Some(card.digitize_operation_id.clone()),
            operation: "DIGITIZE".into(),
            status: status_name(status).into(),
            digital_card_ids: vec![card.id.clone()],
        };
        match deliveries.trigger(&tenant, event, now).await {
            Ok(_) | Err(DeliveryError::NoPartner(_)) => {}
            Err(e) => {
                tracing::warn!(error = %e, wallet_card = %card.id, "the DIGITIZE operation could not be queued for the issuer");
            }
        }
    }
}
