//! The wallet card state machine: one table, state × event → state. A missing cell is an
//! illegal transition. The TSH document's description carries the same table (a test compares
//! them), and a test walks every cell.

use crate::store::WalletCardState;

/// What can happen to a wallet card.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum WalletEvent {
    /// sendScriptCallback: the provisioning script was applied.
    ScriptApplied,
    /// updateCardCallback 0 for the issuer's SUSPEND.
    IssuerSuspend,
    /// updateCardCallback 0 for the issuer's RESUME.
    IssuerResume,
    /// updateCardCallback 0 for the issuer's DELETE.
    IssuerDelete,
    /// manageCard PARK (an already provisioned card).
    Park,
    /// manageCard DELETE (a provisioning that failed or did not finish).
    WalletDelete,
}

impl WalletEvent {
    /// Every event, in the table's column order.
    pub const ALL: [WalletEvent; 6] = [
        WalletEvent::ScriptApplied,
        WalletEvent::IssuerSuspend,
        WalletEvent::IssuerResume,
        WalletEvent::IssuerDelete,
        WalletEvent::Park,
        WalletEvent::WalletDelete,
    ];

    /// Its name in the history and the document's table.
    pub fn name(self) -> &'static str {
        match self {
            WalletEvent::ScriptApplied => "SCRIPT_APPLIED",
            WalletEvent::IssuerSuspend => "ISSUER_SUSPEND",
            WalletEvent::IssuerResume => "ISSUER_RESUME",
            WalletEvent::IssuerDelete => "ISSUER_DELETE",
            WalletEvent::Park => "PARK",
            WalletEvent::WalletDelete => "WALLET_DELETE",
        }
    }

    /// The UPDATE_CARD operation standing for an issuer event.
    pub fn update_operation(self) -> Option<&'static str> {
        match self {
            WalletEvent::IssuerSuspend => Some("SUSPEND"),
            WalletEvent::IssuerResume => Some("RESUME"),
            WalletEvent::IssuerDelete => Some("DELETE"),
            _ => None,
        }
    }

    /// The issuer event an UPDATE_CARD operation stands for.
    pub fn from_update_operation(operation: &str) -> Option<WalletEvent> {
        match operation {
            "SUSPEND" => Some(WalletEvent::IssuerSuspend),
            "RESUME" => Some(WalletEvent::IssuerResume),
            "DELETE" => Some(WalletEvent::IssuerDelete),
            _ => None,
        }
    }
}

/// Every state, in the table's row order.
pub const STATES: [WalletCardState; 5] = [
    WalletCardState::Created,
    WalletCardState::Active,
    WalletCardState::SuspendedIssuer,
    WalletCardState::SuspendedWallet,
    WalletCardState::Deleted,
];

/// The document's name of a state.
pub fn state_name(state: WalletCardState) -> &'static str {
    match state {
        WalletCardState::Created => "CREATED",
        WalletCardState::Active => "ACTIVE",
        WalletCardState::SuspendedIssuer => "SUSPENDED_ISSUER",
        WalletCardState::SuspendedWallet => "SUSPENDED_WALLET",
        WalletCardState::Deleted => "DELETED",
    }
}

/// The table: where `event` takes a wallet card in `state`, or `None` when it may not happen.
pub fn next(state: WalletCardState, event: WalletEvent) -> Option<WalletCardState> {
    use WalletCardState::*;
    use WalletEvent::*;
    match (state, event) {
        (Created, ScriptApplied) => Some(Active),
        (Created, IssuerDelete) => Some(Deleted),
        (Created, WalletDelete) => Some(Deleted),
        (Active, IssuerSuspend) => Some(SuspendedIssuer),
        (Active, IssuerDelete) => Some(Deleted),
        (Active, Park) => Some(SuspendedWallet),
        (SuspendedIssuer, IssuerResume) => Some(Active),
        (SuspendedIssuer, IssuerDelete) => Some(Deleted),
        (SuspendedWallet, IssuerSuspend) => Some(SuspendedIssuer),
        (SuspendedWallet, IssuerDelete) => Some(Deleted),
        _ => None,
    }
}

/// The table as Markdown, as the document's description carries it.
pub fn markdown_table() -> String {
    let mut out = String::from("| state \\ event |");
    for e in WalletEvent::ALL {
        out.push_str(&format!(" {} |", e.name()));
    }
    out.push_str("\n|---|");
    for _ in WalletEvent::ALL {
        out.push_str("---|");
    }
    for s in STATES {
        out.push_str(&format!("\n| {} |", state_name(s)));
        for e in WalletEvent::ALL {
            match next(s, e) {
                Some(to) => out.push_str(&format!(" {} |", state_name(to))),
                None => out.push_str(" — |"),
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use WalletCardState::*;
    use WalletEvent::*;

    /// Every cell, written out: a change to the table changes this test.
    #[test]
    fn every_cell_of_the_table() {
        let expected: [(WalletCardState, [Option<WalletCardState>; 6]); 5] = [
            (
                Created,
                [Some(Active), None, None, Some(Deleted), None, Some(Deleted)],
            ),
            (
                Active,
                [
                    None,
                    Some(SuspendedIssuer),
                    None,
                    Some(Deleted),
                    Some(SuspendedWallet),
                    None,
                ],
            ),
            (
                SuspendedIssuer,
                [None, None, Some(Active), Some(Deleted), None, None],
            ),
            (
                SuspendedWallet,
                [None, Some(SuspendedIssuer), None, Some(Deleted), None, None],
            ),
            (Deleted, [None, None, None, None, None, None]),
        ];
        for (state, row) in expected {
            for (event, want) in WalletEvent::ALL.into_iter().zip(row) {
                assert_eq!(next(state, event), want, "{state:?} × {event:?}");
            }
        }
    }

    #[test]
    fn deleted_is_final_and_issuer_delete_ends_any_live_card() {
        for e in WalletEvent::ALL {
            assert_eq!(next(Deleted, e), None);
        }
        for s in [Created, Active, SuspendedIssuer, SuspendedWallet] {
            assert_eq!(next(s, IssuerDelete), Some(Deleted));
        }
    }

    /// The document carries the same table (indented in its description).
    #[test]
    fn the_document_states_this_table() {
        let document: serde_yaml::Value =
            serde_yaml::from_str(include_str!("../../../openapi/tsh-provisioning.yaml")).unwrap();
        let description = document["info"]["description"].as_str().unwrap();
        let flat: Vec<&str> = description.lines().map(str::trim).collect();
        let table = markdown_table();
        let wanted: Vec<&str> = table.lines().collect();
        assert!(
            flat.windows(wanted.len()).any(|w| w == wanted.as_slice()),
            "the document's state table differs from the code's:\n{table}"
        );
    }

    #[test]
    fn update_operations_name_the_issuer_events() {
        for e in WalletEvent::ALL {
            if let Some(op) = e.update_operation() {
                assert_eq!(WalletEvent::from_update_operation(op), Some(e));
            }
        }
        assert_eq!(WalletEvent::from_update_operation("METADATA_UPDATE"), None);
    }
}
