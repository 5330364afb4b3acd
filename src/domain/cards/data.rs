//! Card data in clear and its syntax: PAN (length, Luhn), expiry, CVV, masking.
//!
//! A [`CardData`] exists only in memory, for the length of one call; its `Debug` masks the PAN
//! and hides the CVV.

use chrono::{DateTime, Datelike, Utc};
use serde_json::Value;

use super::CardError;

/// An expiry date, MMYY.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Expiry {
    /// 1 to 12.
    pub month: u32,
    /// Four-digit year (20YY).
    pub year: i32,
}

impl Expiry {
    /// Parses MMYY with a real month.
    pub fn parse(mmyy: &str) -> Option<Expiry> {
        if mmyy.len() != 4 || !mmyy.bytes().all(|b| b.is_ascii_digit()) {
            return None;
        }
        let month: u32 = mmyy[..2].parse().ok()?;
        let year: i32 = mmyy[2..].parse().ok()?;
        (1..=12).contains(&month).then_some(Expiry {
            month,
            year: 2000 + year,
        })
    }

    /// Whether the card has expired by `now` (a card is valid to the end of its month).
    pub fn is_past(&self, now: DateTime<Utc>) -> bool {
        (self.year, self.month) < (now.year(), now.month())
    }
}

/// Whether a PAN's last digit is its Luhn check digit.
pub fn luhn_valid(pan: &str) -> bool {
    let mut sum = 0;
    for (i, b) in pan.bytes().rev().enumerate() {
        if !b.is_ascii_digit() {
            return false;
        }
        let mut d = u32::from(b - b'0');
        if i % 2 == 1 {
            d *= 2;
            if d > 9 {
                d -= 9;
            }
        }
        sum += d;
    }
    !pan.is_empty() && sum % 10 == 0
}

/// Card data in clear: the JWE plaintext, or a registration. Its `Debug` masks the PAN and
/// hides the CVV, so it cannot leak into a log by accident.
#[derive(Clone, PartialEq, Eq)]
pub struct CardData {
    /// 12 to 19 digits, Luhn-valid.
    pub pan: String,
    /// MMYY as given.
    pub exp: String,
    /// 3 or 4 digits.
    pub cvv: Option<String>,
}

impl std::fmt::Debug for CardData {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("CardData")
            .field("pan", &mask(&self.pan))
            .field("exp", &self.exp)
            .field("cvv", &self.cvv.as_ref().map(|_| "***"))
            .finish()
    }
}

/// The first six and last four digits, the rest as `*`.
pub fn mask(pan: &str) -> String {
    if pan.len() < 10 || !pan.is_ascii() {
        return "*".repeat(pan.len());
    }
    format!(
        "{}{}{}",
        &pan[..6],
        "*".repeat(pan.len() - 10),
        &pan[pan.len() - 4..]
    )
}

fn invalid(message: &str) -> CardError {
    CardError::InvalidCardData(message.to_string())
}

fn check_pan(pan: &str) -> Result<(), CardError> {
    if !(12..=19).contains(&pan.len()) || !pan.bytes().all(|b| b.is_ascii_digit()) {
        return Err(invalid("pan: must be 12 to 19 digits"));
    }
    if !luhn_valid(pan) {
        return Err(invalid("pan: the Luhn check digit is wrong"));
    }
    Ok(())
}

fn check_cvv(cvv: &str) -> Result<(), CardError> {
    if !(3..=4).contains(&cvv.len()) || !cvv.bytes().all(|b| b.is_ascii_digit()) {
        return Err(invalid("cvv: must be 3 or 4 digits"));
    }
    Ok(())
}

impl CardData {
    /// Checks registration data (the same rules as the JWE plaintext).
    pub fn new(pan: String, exp: String, cvv: Option<String>) -> Result<CardData, CardError> {
        check_pan(&pan)?;
        if Expiry::parse(&exp).is_none() {
            return Err(invalid("exp: must be MMYY with a month from 01 to 12"));
        }
        if let Some(cvv) = &cvv {
            check_cvv(cvv)?;
        }
        Ok(CardData { pan, exp, cvv })
    }

    /// Parses and checks a decrypted `CardCredentials` JSON object. Unknown fields are
    /// tolerated, a field given twice is not; errors name the field and never repeat a value.
    pub fn from_plaintext(plaintext: &[u8]) -> Result<CardData, CardError> {
        let map = match crate::json::parse_strict(plaintext) {
            Ok(Value::Object(map)) => map,
            // A duplicate key: the message names the key only.
            Err(e) if e.is_data() => {
                return Err(CardError::InvalidCardData(format!(
                    "the decrypted card data: {e}"
                )));
            }
            _ => {
                return Err(invalid(
                    "the decrypted card data is not a JSON object (CardCredentials)",
                ));
            }
        };
        let string = |name: &str, required: bool| -> Result<Option<String>, CardError> {
            match map.get(name) {
                Some(Value::String(s)) => Ok(Some(s.clone())),
                None if !required => Ok(None),
                None => Err(CardError::InvalidCardData(format!(
                    "{name}: missing from the card data"
                ))),
                Some(_) => Err(CardError::InvalidCardData(format!(
                    "{name}: must be a string"
                ))),
            }
        };
        let pan = string("pan", true)?.unwrap_or_default();
        let exp = string("exp", true)?.unwrap_or_default();
        let cvv = string("cvv", false)?;
        if let Some(name) = string("name", false)?
            && name.chars().count() > 128
        {
            return Err(invalid("name: longer than 128 characters"));
        }
        CardData::new(pan, exp, cvv)
    }
}
