//! JSON as the sandbox reads it from clients: strictly, without duplicate object keys.
//!
//! serde_json keeps the last of two equal keys, so `{"pan": A, "pan": B}` reads as B while
//! another reader of the same bytes may see A. A request that says two things is refused
//! instead. Used by the request payloads (`runtime`) and the decrypted card data (`domain`);
//! a leaf module that knows neither.

use std::fmt;

use serde::de::{self, DeserializeSeed, Deserializer, MapAccess, SeqAccess, Visitor};
use serde_json::{Map, Value};

/// Parses JSON text into a [`Value`], refusing an object that has the same key twice. The
/// error message names the key (never its values).
pub fn parse_strict(text: &[u8]) -> Result<Value, serde_json::Error> {
    let mut deserializer = serde_json::Deserializer::from_slice(text);
    let value = StrictValue.deserialize(&mut deserializer)?;
    deserializer.end()?;
    Ok(value)
}

/// Deserialises a [`Value`] like serde_json does, but fails on a duplicate key.
struct StrictValue;

impl<'de> DeserializeSeed<'de> for StrictValue {
    type Value = Value;

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<Value, D::Error> {
        deserializer.deserialize_any(self)
    }
}

impl<'de> Visitor<'de> for StrictValue {
    type Value = Value;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("any JSON value")
    }

    fn visit_bool<E>(self, v: bool) -> Result<Value, E> {
        Ok(Value::Bool(v))
    }

    fn visit_i64<E>(self, v: i64) -> Result<Value, E> {
        Ok(Value::from(v))
    }

    fn visit_u64<E>(self, v: u64) -> Result<Value, E> {
        Ok(Value::from(v))
    }

    fn visit_f64<E>(self, v: f64) -> Result<Value, E> {
        // serde_json's own reader never yields a non-finite number, so this never is null.
        Ok(Value::from(v))
    }

    fn visit_str<E>(self, v: &str) -> Result<Value, E> {
        Ok(Value::String(v.to_string()))
    }

    fn visit_string<E>(self, v: String) -> Result<Value, E> {
        Ok(Value::String(v))
    }

    fn visit_unit<E>(self) -> Result<Value, E> {
        Ok(Value::Null)
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Value, A::Error> {
        let mut items = Vec::with_capacity(seq.size_hint().unwrap_or(0).min(64));
        while let Some(item) = seq.next_element_seed(StrictValue)? {
            items.push(item);
        }
        Ok(Value::Array(items))
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Value, A::Error> {
        let mut object = Map::new();
        while let Some(key) = map.next_key::<String>()? {
            let value = map.next_value_seed(StrictValue)?;
            match object.entry(key) {
                serde_json::map::Entry::Vacant(slot) => {
                    slot.insert(value);
                }
                serde_json::map::Entry::Occupied(taken) => {
                    return Err(de::Error::custom(format_args!(
                        "the key `{}` is given more than once",
                        taken.key().chars().take(64).collect::<String>()
                    )));
                }
            }
        }
        Ok(Value::Object(object))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_what_serde_json_reads() {
        let text = br#"{"a":[1,-2,3.5,true,null,"x"],"b":{"c":"d"},"e":18446744073709551615}"#;
        let strict = parse_strict(text).unwrap();
        let plain: Value = serde_json::from_slice(text).unwrap();
        assert_eq!(strict, plain);
        assert_eq!(parse_strict(b" 12 ").unwrap(), Value::from(12));
    }

    #[test]
    fn a_duplicate_key_is_refused_at_any_depth() {
        for text in [
            &br#"{"pan":"1","pan":"2"}"#[..],
            br#"{"a":{"b":1,"b":1}}"#,
            br#"[{"x":1},{"y":2,"y":3}]"#,
        ] {
            let err = parse_strict(text).unwrap_err().to_string();
            assert!(err.contains("more than once"), "{err}");
        }
        // The message names the key, never a value.
        let err = parse_strict(br#"{"pan":"4999990000000015","pan":"4999990000000023"}"#)
            .unwrap_err()
            .to_string();
        assert!(err.contains("`pan`") && !err.contains("4999"), "{err}");
    }

    #[test]
    fn trailing_text_and_malformed_json_are_refused() {
        assert!(parse_strict(br#"{"a":1} x"#).is_err());
        assert!(parse_strict(br#"{"a":"#).is_err());
        assert!(parse_strict(b"").is_err());
    }
}
