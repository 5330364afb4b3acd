//! The built-in test cards: PANs whose outcome needs no setup.

use crate::store::TestCard;

/// The outcome a test PAN stands for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TestOutcome {
    /// Registered on first sight as the test card.
    Card(TestCard),
    /// Never registered; always answered `invalid: true`.
    UnknownRejected,
}

/// The built-in test PANs (all Luhn-valid). Their outcome needs no setup: `verifyCard`
/// registers them on first sight (except the rejected one). Every test card's CVV is
/// [`TEST_CARD_CVV`], except CVV_MISMATCH's, which matches nothing.
pub const TEST_CARDS: &[(&str, TestOutcome)] = &[
    ("4999990000000015", TestOutcome::Card(TestCard::Valid)),
    ("5599990000000008", TestOutcome::Card(TestCard::Valid)),
    ("4999990000000023", TestOutcome::Card(TestCard::Expired)),
    (
        "4999990000000031",
        TestOutcome::Card(TestCard::LostOrStolen),
    ),
    (
        "4999990000000049",
        TestOutcome::Card(TestCard::FraudSuspect),
    ),
    ("4999990000000056", TestOutcome::Card(TestCard::CvvMismatch)),
    ("4999990000000064", TestOutcome::UnknownRejected),
];

/// The CVV of the test cards.
pub const TEST_CARD_CVV: &str = "123";
/// The registered expiry of the EXPIRED test card (December 2020).
pub const EXPIRED_TEST_CARD_EXP: &str = "1220";
