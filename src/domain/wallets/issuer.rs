//! Issuer operations: the issuer's card changed, and its live wallet cards get an
//! `UPDATE_CARD` task each.
//!
//! Invariant: a task is queued only when the change is legal once the card's pending tasks
//! are applied, and a card never holds more than [`MAX_PENDING_TASKS`] pending tasks.

use super::*;

impl Wallets {
    /// The issuer's card changed state (admin API): each of its live wallet cards gets an
    /// `UPDATE_CARD` task, when the change is legal once its pending tasks are applied. The
    /// wallet cards given one.
    pub async fn issuer_card_changed(
        &self,
        issuer_id: &str,
        card_id: &str,
        state: CardState,
        now: DateTime<Utc>,
    ) -> Result<Vec<String>, WalletError> {
        let event = match state {
            CardState::Active => WalletEvent::IssuerResume,
            CardState::Deleted => WalletEvent::IssuerDelete,
            CardState::Suspended
            | CardState::Lost
            | CardState::Stolen
            | CardState::FraudSuspect => WalletEvent::IssuerSuspend,
        };
        let operation = event.update_operation().unwrap_or_default();
        let touched = self
            .store
            .change_wallets(issuer_id, |tx| {
                let accounts: Vec<(String, String)> = tx
                    .get(WalletKey::CardAccounts(card_id))?
                    .unwrap_or_default();
                let mut touched = Vec::new();
                for (_, account_id) in &accounts {
                    let Some(account) =
                        tx.get::<WalletAccountRecord>(WalletKey::Account(account_id))?
                    else {
                        continue;
                    };
                    for wallet_card_id in &account.wallet_card_ids {
                        let Some(mut card) =
                            tx.get::<WalletCardRecord>(WalletKey::Card(wallet_card_id))?
                        else {
                            continue;
                        };
                        if next(projected(&card), event).is_none() {
                            continue;
                        }
                        let pending = card
                            .tasks
                            .iter()
                            .filter(|t| t.state == WalletTaskState::Pending)
                            .count();
                        if pending >= MAX_PENDING_TASKS {
                            tracing::warn!(
                                wallet_card = %wallet_card_id,
                                "the wallet card has {MAX_PENDING_TASKS} pending tasks: this issuer change is not queued for it"
                            );
                            continue;
                        }
                        // A fresh id each run of the closure: only the last run is written.
                        let task_id = new_id("task_");
                        card.tasks.push(WalletTask {
                            id: task_id.clone(),
                            command: "UPDATE_CARD".into(),
                            operation: Some(operation.into()),
                            state: WalletTaskState::Pending,
                            created_at: now,
                            finished_at: None,
                            status_code: None,
                        });
                        tx.put(WalletKey::Card(wallet_card_id), &card)?;
                        tx.put(WalletKey::Task(&task_id), wallet_card_id)?;
                        touched.push(wallet_card_id.clone());
                    }
                }
                Ok(Ok::<_, WalletError>(touched))
            })
            .await??;
        Ok(touched)
    }
}
