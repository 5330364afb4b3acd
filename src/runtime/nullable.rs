//! `nullable: true` properties. poem-openapi's `Option` accepts `null` but states no
//! `nullable`, and its `MaybeUndefined` keeps `null` apart from absent but states nothing
//! either; these types state `nullable: true` (around a `$ref`, as `allOf: [$ref]` with
//! `nullable`, the OpenAPI 3.0 way) and keep `null` apart from absent.

use std::borrow::Cow;

use poem_openapi::registry::{MetaSchema, MetaSchemaRef, Registry};
use poem_openapi::types::{ParseError, ParseFromJSON, ParseResult, ToJSON, Type};
use serde_json::Value;

/// `T`'s schema, stated nullable.
fn nullable_schema<T: Type>() -> MetaSchemaRef {
    match T::schema_ref() {
        MetaSchemaRef::Inline(mut schema) => {
            schema.nullable = true;
            MetaSchemaRef::Inline(schema)
        }
        reference @ MetaSchemaRef::Reference(_) => MetaSchemaRef::Inline(Box::new(MetaSchema {
            all_of: vec![reference],
            nullable: true,
            ..MetaSchema::ANY
        })),
    }
}

/// A required `nullable` property: present, and either `null` (`None`) or a value.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Nullable<T>(pub Option<T>);

impl<T> Nullable<T> {
    /// The value, if it is not null.
    fn value(&self) -> Option<&T> {
        self.0.as_ref()
    }
}

/// The `Type` items `Nullable` and `MaybeNull` share: `T`'s schema stated nullable, and `T`'s
/// raw values reached through the value (none when null or absent).
macro_rules! nullable_type {
    ($required:expr, $prefix:literal) => {
        const IS_REQUIRED: bool = $required;
        type RawValueType = T::RawValueType;
        type RawElementValueType = T::RawElementValueType;

        fn name() -> Cow<'static, str> {
            format!(concat!($prefix, "{}"), T::name()).into()
        }

        fn schema_ref() -> MetaSchemaRef {
            nullable_schema::<T>()
        }

        fn register(registry: &mut Registry) {
            T::register(registry);
        }

        fn as_raw_value(&self) -> Option<&Self::RawValueType> {
            self.value().and_then(Type::as_raw_value)
        }

        fn raw_element_iter<'a>(
            &'a self,
        ) -> Box<dyn Iterator<Item = &'a Self::RawElementValueType> + 'a> {
            match self.value() {
                Some(value) => value.raw_element_iter(),
                None => Box::new(std::iter::empty()),
            }
        }
    };
}

impl<T: Type> Type for Nullable<T> {
    nullable_type!(true, "nullable_");
}

impl<T: ParseFromJSON> ParseFromJSON for Nullable<T> {
    fn parse_from_json(value: Option<Value>) -> ParseResult<Self> {
        match value {
            // Absent: the property is required (null is a value, absent is not).
            None => Err(ParseError::expected_input()),
            Some(Value::Null) => Ok(Nullable(None)),
            Some(value) => T::parse_from_json(Some(value))
                .map(|v| Nullable(Some(v)))
                .map_err(ParseError::propagate),
        }
    }
}

impl<T: ToJSON> ToJSON for Nullable<T> {
    fn to_json(&self) -> Option<Value> {
        match &self.0 {
            Some(value) => value.to_json(),
            None => Some(Value::Null),
        }
    }
}

/// An optional `nullable` property: absent, `null`, or a value; answered as it is (an absent
/// one is left out, a null one is `null`).
#[derive(Debug, Clone, PartialEq, Default)]
pub enum MaybeNull<T> {
    /// Not in the object.
    #[default]
    Absent,
    /// `null`.
    Null,
    /// A value.
    Value(T),
}

impl<T> MaybeNull<T> {
    /// The value, if there is one (absent and null alike are `None`).
    pub fn value(&self) -> Option<&T> {
        match self {
            MaybeNull::Value(v) => Some(v),
            _ => None,
        }
    }
}

impl<T: Type> Type for MaybeNull<T> {
    nullable_type!(false, "optional_nullable_");

    fn is_none(&self) -> bool {
        matches!(self, MaybeNull::Absent)
    }
}

impl<T: ParseFromJSON> ParseFromJSON for MaybeNull<T> {
    fn parse_from_json(value: Option<Value>) -> ParseResult<Self> {
        match value {
            None => Ok(MaybeNull::Absent),
            Some(Value::Null) => Ok(MaybeNull::Null),
            Some(value) => T::parse_from_json(Some(value))
                .map(MaybeNull::Value)
                .map_err(ParseError::propagate),
        }
    }
}

impl<T: ToJSON> ToJSON for MaybeNull<T> {
    fn to_json(&self) -> Option<Value> {
        match self {
            MaybeNull::Absent => None,
            MaybeNull::Null => Some(Value::Null),
            MaybeNull::Value(value) => value.to_json(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_required_nullable_takes_null_and_values_but_not_absence() {
        assert_eq!(
            Nullable::<i32>::parse_from_json(Some(Value::Null)).unwrap(),
            Nullable(None)
        );
        assert_eq!(
            Nullable::<i32>::parse_from_json(Some(Value::from(3))).unwrap(),
            Nullable(Some(3))
        );
        assert!(Nullable::<i32>::parse_from_json(None).is_err());
        assert!(Nullable::<i32>::parse_from_json(Some(Value::from("x"))).is_err());
        assert_eq!(Nullable::<i32>(None).to_json(), Some(Value::Null));
    }

    #[test]
    fn an_optional_nullable_keeps_null_apart_from_absent() {
        assert_eq!(
            MaybeNull::<String>::parse_from_json(None).unwrap(),
            MaybeNull::Absent
        );
        assert_eq!(
            MaybeNull::<String>::parse_from_json(Some(Value::Null)).unwrap(),
            MaybeNull::Null
        );
        assert_eq!(MaybeNull::<String>::Absent.to_json(), None);
        assert_eq!(MaybeNull::<String>::Null.to_json(), Some(Value::Null));
        assert!(MaybeNull::<String>::Absent.is_none());
        assert!(!MaybeNull::<String>::Null.is_none());
    }

    #[test]
    fn the_schema_says_nullable_inline_or_around_a_reference() {
        let MetaSchemaRef::Inline(s) = Nullable::<String>::schema_ref() else {
            panic!("inline")
        };
        assert!(s.nullable);
        assert_eq!(s.ty, "string");
        /// An object type, served as a `$ref`.
        #[derive(poem_openapi::Object)]
        struct Thing {
            a: i32,
        }
        let MetaSchemaRef::Inline(s) = MaybeNull::<Thing>::schema_ref() else {
            panic!("inline")
        };
        assert!(s.nullable);
        assert!(
            matches!(s.all_of.as_slice(), [MetaSchemaRef::Reference(name)] if name == "Thing"),
            "{:?}",
            s.all_of
        );
    }
}
