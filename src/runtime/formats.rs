//! String formats poem-openapi does not state as OpenAPI writes them: `date` (poem-openapi's
//! `NaiveDate` says `naive-date`), `byte` (its `Base64` says `bytes`) and `uuid`. Each is a
//! newtype whose schema is `{type: string, format: <the document's format>}`, parsed from JSON
//! and from parameters, and answered in the same form.

use std::borrow::Cow;

use base64::Engine;
use poem_openapi::registry::{MetaSchema, MetaSchemaRef};
use poem_openapi::types::{
    ParseError, ParseFromJSON, ParseFromParameter, ParseResult, ToJSON, Type,
};
use serde_json::Value;

/// Implements a string format's poem-openapi traits for a newtype, from its parser and printer.
macro_rules! string_format {
    ($name:ident, $inner:ty, $format:literal, $parse:expr, $print:expr) => {
        impl $name {
            fn parse(text: &str) -> ParseResult<Self> {
                let parse: fn(&str) -> Result<$inner, String> = $parse;
                parse(text).map(Self).map_err(|e| {
                    ParseError::custom(format!("not a valid `{}` string: {e}", $format))
                })
            }
        }

        impl Type for $name {
            const IS_REQUIRED: bool = true;
            type RawValueType = Self;
            type RawElementValueType = Self;

            fn name() -> Cow<'static, str> {
                concat!("string_", $format).into()
            }

            fn schema_ref() -> MetaSchemaRef {
                MetaSchemaRef::Inline(Box::new(MetaSchema::new_with_format("string", $format)))
            }

            fn as_raw_value(&self) -> Option<&Self> {
                Some(self)
            }

            fn raw_element_iter<'a>(&'a self) -> Box<dyn Iterator<Item = &'a Self> + 'a> {
                Box::new(self.as_raw_value().into_iter())
            }
        }

        impl ParseFromJSON for $name {
            fn parse_from_json(value: Option<Value>) -> ParseResult<Self> {
                match value {
                    Some(Value::String(text)) => Self::parse(&text),
                    other => Err(ParseError::expected_type(other.unwrap_or_default())),
                }
            }
        }

        impl ParseFromParameter for $name {
            fn parse_from_parameter(value: &str) -> ParseResult<Self> {
                Self::parse(value)
            }
        }

        impl ToJSON for $name {
            fn to_json(&self) -> Option<Value> {
                let print: fn(&$inner) -> String = $print;
                Some(Value::String(print(&self.0)))
            }
        }

        impl From<$inner> for $name {
            fn from(value: $inner) -> Self {
                Self(value)
            }
        }

        impl std::ops::Deref for $name {
            type Target = $inner;

            fn deref(&self) -> &$inner {
                &self.0
            }
        }
    };
}

/// A `format: date` string: a calendar date, `YYYY-MM-DD` (RFC 3339 `full-date`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Date(pub chrono::NaiveDate);

string_format!(
    Date,
    chrono::NaiveDate,
    "date",
    |text| {
        // chrono accepts `2026-2-8` and signed years (`+12345-01-01`); RFC 3339's full-date
        // is four, two and two digits.
        let shape = text.len() == 10
            && text.bytes().enumerate().all(|(i, b)| match i {
                4 | 7 => b == b'-',
                _ => b.is_ascii_digit(),
            });
        if !shape {
            return Err("expected YYYY-MM-DD".into());
        }
        chrono::NaiveDate::parse_from_str(text, "%Y-%m-%d").map_err(|e| e.to_string())
    },
    |date| date.format("%Y-%m-%d").to_string()
);

/// A `format: byte` string: bytes in standard base64 with padding (RFC 4648 §4).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Bytes(pub Vec<u8>);

string_format!(
    Bytes,
    Vec<u8>,
    "byte",
    |text| {
        base64::engine::general_purpose::STANDARD
            .decode(text)
            .map_err(|e| e.to_string())
    },
    |bytes| base64::engine::general_purpose::STANDARD.encode(bytes)
);

/// A `format: uuid` string, in its hyphenated form (RFC 9562).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Uuid(pub uuid::Uuid);

string_format!(
    Uuid,
    uuid::Uuid,
    "uuid",
    |text| {
        // The uuid crate also reads the simple, braced and URN forms; the format is the
        // hyphenated one (8-4-4-4-12 hexadecimal digits).
        if text.len() != 36 {
            return Err("expected 8-4-4-4-12 hexadecimal digits".into());
        }
        uuid::Uuid::try_parse(text).map_err(|e| e.to_string())
    },
    |id| id.hyphenated().to_string()
);

#[cfg(test)]
mod tests {
    use super::*;

    fn json<T: ParseFromJSON>(v: Value) -> Result<T, String> {
        T::parse_from_json(Some(v)).map_err(|e| e.into_message())
    }

    /// Every string of `bad` is refused as a `T`.
    fn refuses<T: ParseFromJSON>(bad: &[&str]) {
        for bad in bad {
            assert!(json::<T>(Value::from(*bad)).is_err(), "{bad} was accepted");
        }
    }

    #[test]
    fn a_date_is_a_calendar_date_in_full_date_form() {
        let d: Date = json(Value::from("2026-02-28")).unwrap();
        assert_eq!(d.to_json(), Some(Value::from("2026-02-28")));
        refuses::<Date>(&[
            "2026-02-30",
            "2026-2-28",
            "28/02/2026",
            "2026-02-28T00:00:00Z",
            "",
            "+12345-01-01",
            "-001-01-01",
            "２０２６-02-28",
        ]);
        assert!(json::<Date>(Value::from(20260228)).is_err());
        assert!(Date::parse_from_parameter("2024-02-29").is_ok());
    }

    #[test]
    fn bytes_are_padded_standard_base64() {
        let b: Bytes = json(Value::from("AAEC/w==")).unwrap();
        assert_eq!(b.0, vec![0, 1, 2, 255]);
        assert_eq!(b.to_json(), Some(Value::from("AAEC/w==")));
        // Unpadded, URL-safe alphabet, not base64 at all.
        refuses::<Bytes>(&["AAEC/w", "AAEC_w==", "%%%"]);
    }

    #[test]
    fn a_uuid_is_answered_hyphenated() {
        let u: Uuid = json(Value::from("67E55044-10B1-426F-9247-BB680E5FE0C8")).unwrap();
        assert_eq!(
            u.to_json(),
            Some(Value::from("67e55044-10b1-426f-9247-bb680e5fe0c8"))
        );
        refuses::<Uuid>(&[
            "not-a-uuid",
            "67e5504410b1426f9247bb680e5fe0c8",
            "{67e55044-10b1-426f-9247-bb680e5fe0c8}",
            "urn:uuid:67e55044-10b1-426f-9247-bb680e5fe0c8",
        ]);
    }

    #[test]
    fn each_states_its_document_format() {
        for (schema, format) in [
            (Date::schema_ref(), "date"),
            (Bytes::schema_ref(), "byte"),
            (Uuid::schema_ref(), "uuid"),
        ] {
            let MetaSchemaRef::Inline(s) = schema else {
                panic!("inline")
            };
            assert_eq!((s.ty, s.format), ("string", Some(format)));
        }
    }
}
