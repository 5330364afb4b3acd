//! The wallet's answers to the commands (sendScriptCallback, updateCardCallback) and
//! manageCard.
//!
//! Invariant: a callback answers the oldest pending task of its wallet card and moves the card
//! only through the state machine; each is one change of the issuer's wallet world.

use super::*;

impl Wallets {
    /// Applies a callback to a task: `apply_to` decides from the card and the task.
    pub(super) async fn callback(
        &self,
        task_id: &str,
        expected: &'static str,
        pod: Option<&str>,
        decide: impl Fn(&mut WalletCardRecord, usize) -> Result<(), WalletError>,
        now: DateTime<Utc>,
    ) -> Result<(WalletCardRecord, String), WalletError> {
        let missing = || WalletError::UnknownTask(task_id.to_string());
        let (issuer, card_id): (_, String) = self
            .find(task_id, WalletKey::Task(task_id), WalletError::UnknownTask)
            .await?;
        let (_, pod_name) = self.card(&card_id, pod).await?;
        let changed = self
            .store
            .change_wallets(&issuer, |tx| {
                let Some(card_id) = tx.get::<String>(WalletKey::Task(task_id))? else {
                    return Ok(Err(missing()));
                };
                let mut card = refuse!(tx_card(tx, &card_id)?);
                let Some(at) = card.tasks.iter().position(|t| t.id == task_id) else {
                    return Ok(Err(missing()));
                };
                let task = &card.tasks[at];
                if task.command != expected {
                    return Ok(Err(WalletError::TaskType {
                        task: task_id.to_string(),
                        command: task.command.clone(),
                        expected,
                    }));
                }
                match task.state {
                    WalletTaskState::Pending => {}
                    WalletTaskState::Done => {
                        return Ok(Err(WalletError::TaskDone(task_id.to_string(), "completed")));
                    }
                    WalletTaskState::Failed => {
                        return Ok(Err(WalletError::TaskDone(task_id.to_string(), "failed")));
                    }
                }
                let first = card
                    .tasks
                    .iter()
                    .find(|t| t.state == WalletTaskState::Pending)
                    .map(|t| t.id.clone())
                    .unwrap_or_default();
                if first != task_id {
                    return Ok(Err(WalletError::TaskNotNext {
                        task: task_id.to_string(),
                        first,
                    }));
                }
                refuse!(decide(&mut card, at));
                settle_in(tx, &mut card, now)?;
                tx.put(WalletKey::Card(&card.id), &card)?;
                Ok(Ok(card))
            })
            .await??;
        Ok((changed, pod_name))
    }

    /// sendScriptCallback: the script was applied; the wallet card is `ACTIVE`, and D1 tells
    /// the issuer: DIGITIZE SUCCESSFUL.
    pub async fn script_applied(
        &self,
        cards: &Cards,
        deliveries: &Deliveries,
        task_id: &str,
        pod: Option<&str>,
        now: DateTime<Utc>,
    ) -> Result<(WalletCardRecord, String), WalletError> {
        let (card, pod_name) = self
            .callback(
                task_id,
                "SEND_SCRIPT",
                pod,
                |card, at| {
                    apply(card, WalletEvent::ScriptApplied, now)?;
                    let task = &mut card.tasks[at];
                    task.state = WalletTaskState::Done;
                    task.finished_at = Some(now);
                    task.status_code = Some(0);
                    Ok(())
                },
                now,
            )
            .await?;
        self.tell_issuer(cards, deliveries, &card, OperationStatus::Successful, now)
            .await;
        Ok((card, pod_name))
    }

    /// updateCardCallback: 0 applies the update, 911 fails the task (the state stays), 921
    /// leaves it pending (listed again).
    pub async fn update_applied(
        &self,
        task_id: &str,
        status_code: i64,
        pod: Option<&str>,
        now: DateTime<Utc>,
    ) -> Result<(WalletCardRecord, String), WalletError> {
        self.callback(
            task_id,
            "UPDATE_CARD",
            pod,
            |card, at| {
                let event = task_event(&card.tasks[at])
                    .ok_or_else(|| WalletError::UnknownTask(card.tasks[at].id.clone()))?;
                let status = i32::try_from(status_code).unwrap_or(i32::MAX);
                match status_code {
                    0 => {
                        apply(card, event, now)?;
                        let task = &mut card.tasks[at];
                        task.state = WalletTaskState::Done;
                        task.finished_at = Some(now);
                        task.status_code = Some(status);
                    }
                    911 => {
                        let task = &mut card.tasks[at];
                        task.state = WalletTaskState::Failed;
                        task.finished_at = Some(now);
                        task.status_code = Some(status);
                    }
                    _ => card.tasks[at].status_code = Some(status),
                }
                Ok(())
            },
            now,
        )
        .await
    }

    /// manageCard: PARK an already provisioned card, DELETE a provisioning that failed or did
    /// not finish (then D1 tells the issuer: DIGITIZE FAILED).
    #[allow(clippy::too_many_arguments)]
    pub async fn manage(
        &self,
        cards: &Cards,
        deliveries: &Deliveries,
        issuer_id: &str,
        wallet_card_id: &str,
        event: WalletEvent,
        pod: Option<&str>,
        now: DateTime<Utc>,
    ) -> Result<(WalletCardRecord, String), WalletError> {
        let missing = || WalletError::UnknownWalletCard(wallet_card_id.to_string());
        // Another issuer's wallet card is not told apart from an unknown one.
        if self.issuer_of(wallet_card_id, missing())? != issuer_id {
            return Err(missing());
        }
        let (_, pod_name) = self.card(wallet_card_id, pod).await?;
        let card = self
            .store
            .change_wallets(issuer_id, |tx| {
                let mut card = refuse!(tx_card(tx, wallet_card_id)?);
                refuse!(apply(&mut card, event, now));
                settle_in(tx, &mut card, now)?;
                tx.put(WalletKey::Card(wallet_card_id), &card)?;
                Ok(Ok(card))
            })
            .await??;
        if event == WalletEvent::WalletDelete {
            self.tell_issuer(cards, deliveries, &card, OperationStatus::Failed, now)
                .await;
        }
        Ok((card, pod_name))
    }
}
