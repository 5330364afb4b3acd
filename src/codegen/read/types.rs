//! A schema's Rust type where it is used: references, scalars (with their constraints),
//! arrays and maps; and whether a default fits its type.

use openapiv3::{
    IntegerFormat, NumberFormat, ReferenceOr, Schema, SchemaKind, StringFormat, Type,
    VariantOrUnknownOrEmpty,
};
use serde_json::Value;

use super::super::Result;
use super::super::model::*;
use super::Reader;

impl Reader<'_> {
    /// A map: an object without properties whose `additionalProperties` is a schema (a `$ref`,
    /// or a scalar, which gets a type of its own when it carries constraints, as array items do).
    fn map_type(
        &mut self,
        schema: &Schema,
        obj: &openapiv3::ObjectType,
        child: &str,
        pointer: &str,
    ) -> Result<TypeRef> {
        let at = format!("{pointer}/additionalProperties");
        if obj.min_properties.is_some() || obj.max_properties.is_some() {
            return self.unsupported(pointer, "minProperties / maxProperties");
        }
        if schema.schema_data.default.is_some() {
            return self.unsupported(format!("{pointer}/default"), "a default on a map");
        }
        let value = match &obj.additional_properties {
            Some(openapiv3::AdditionalProperties::Schema(s)) => s.as_ref(),
            _ => {
                return self.unsupported(
                    at,
                    "additionalProperties: true or false (poem-openapi cannot state either; give \
                     the values' schema)",
                );
            }
        };
        let ty = match value {
            ReferenceOr::Reference { reference } => self.reference(reference, &at)?,
            ReferenceOr::Item(item) => self.element_type(
                item,
                format!("{child}Value"),
                &at,
                |t| matches!(t, TypeRef::Vec(_) | TypeRef::Map(_)),
                "a map of arrays or maps",
            )?,
        };
        Ok(TypeRef::Map(Box::new(ty)))
    }

    /// The type of an inline element schema (an array's items, a map's values): a type of its
    /// own, `name`, when it carries constraints (poem's element validators would drop the
    /// element's `type` from the served schema). `nested` refuses the element types that
    /// cannot be, saying `why`.
    fn element_type(
        &mut self,
        item: &Schema,
        name: String,
        pointer: &str,
        nested: fn(&TypeRef) -> bool,
        why: &str,
    ) -> Result<TypeRef> {
        let (ty, validators) = self.schema_type(item, &name, pointer)?;
        if nested(&ty) {
            return self.unsupported(pointer, why.to_string());
        }
        if !validators.has_element_constraints() {
            return Ok(ty);
        }
        let def = ScalarDef {
            name,
            description: item.schema_data.description.clone(),
            base: ty,
            validators,
            int_enum: Vec::new(),
        };
        self.scalar_type(def, pointer)
    }

    /// The type of an inline schema; `child` names it if it needs a type of its own.
    pub(super) fn schema_type(
        &mut self,
        schema: &Schema,
        child: &str,
        pointer: &str,
    ) -> Result<(TypeRef, Validators)> {
        self.check_schema_data(schema, pointer)?;
        let mut v = Validators::default();
        let ty = match &schema.schema_kind {
            SchemaKind::Type(Type::Object(obj))
                if obj.properties.is_empty() && obj.additional_properties.is_some() =>
            {
                self.map_type(schema, obj, child, pointer)?
            }
            SchemaKind::Type(Type::Object(_)) => self.define_object(child, schema, pointer)?,
            SchemaKind::Type(Type::String(s)) if !s.enumeration.is_empty() => {
                self.define_string_enum(child, schema, pointer)?
            }
            SchemaKind::Type(Type::String(s)) => {
                v.min_length = s.min_length;
                v.max_length = s.max_length;
                v.pattern = s.pattern.clone();
                if let Some(p) = &s.pattern
                    && let Err(e) = regex::Regex::new(p)
                {
                    return self.unsupported(
                        format!("{pointer}/pattern"),
                        format!("pattern `{p}` is not a valid Rust regex: {e}"),
                    );
                }
                let base = match &s.format {
                    VariantOrUnknownOrEmpty::Empty => TypeRef::String,
                    VariantOrUnknownOrEmpty::Item(StringFormat::DateTime) => TypeRef::DateTime,
                    VariantOrUnknownOrEmpty::Item(StringFormat::Date) => TypeRef::Date,
                    VariantOrUnknownOrEmpty::Item(StringFormat::Byte) => TypeRef::Bytes,
                    VariantOrUnknownOrEmpty::Unknown(f) if f == "uuid" => TypeRef::Uuid,
                    VariantOrUnknownOrEmpty::Item(StringFormat::Binary) => {
                        return self.unsupported(
                            format!("{pointer}/format"),
                            "format binary outside an application/octet-stream body (use byte \
                             for bytes in JSON)",
                        );
                    }
                    VariantOrUnknownOrEmpty::Item(f) => {
                        return self.unsupported(
                            format!("{pointer}/format"),
                            format!("string format {f:?}"),
                        );
                    }
                    VariantOrUnknownOrEmpty::Unknown(f) => {
                        return self.unsupported(
                            format!("{pointer}/format"),
                            format!("string format `{f}`"),
                        );
                    }
                };
                if matches!(base, TypeRef::Date | TypeRef::Uuid | TypeRef::Bytes) && !v.is_empty() {
                    return self.unsupported(
                        pointer,
                        "a length or pattern on a date, uuid or byte string (its format \
                         constrains it)",
                    );
                }
                if v.pattern.is_some() {
                    // poem-openapi's `pattern` validator compiles its regex on every check; a
                    // newtype checks against a regex compiled once and states the same schema.
                    let def = ScalarDef {
                        name: child.to_string(),
                        description: schema.schema_data.description.clone(),
                        base,
                        validators: std::mem::take(&mut v),
                        int_enum: Vec::new(),
                    };
                    self.scalar_type(def, pointer)?
                } else {
                    base
                }
            }
            SchemaKind::Type(Type::Integer(i)) => {
                let base = match &i.format {
                    VariantOrUnknownOrEmpty::Item(IntegerFormat::Int32) => TypeRef::I32,
                    VariantOrUnknownOrEmpty::Item(IntegerFormat::Int64) => TypeRef::I64,
                    _ => {
                        return self.unsupported(pointer, "an integer without format int32 or int64 (poem-openapi always states one)");
                    }
                };
                v.minimum = i.minimum.map(|m| (m as f64, i.exclusive_minimum));
                v.maximum = i.maximum.map(|m| (m as f64, i.exclusive_maximum));
                v.multiple_of = i.multiple_of.map(|m| m as f64);
                if !i.enumeration.is_empty() {
                    let mut values = Vec::new();
                    for (n, e) in i.enumeration.iter().enumerate() {
                        let Some(e) = e else {
                            return self
                                .unsupported(format!("{pointer}/enum/{n}"), "null enum value");
                        };
                        values.push(*e);
                    }
                    let def = ScalarDef {
                        name: child.to_string(),
                        description: schema.schema_data.description.clone(),
                        base,
                        validators: std::mem::take(&mut v),
                        int_enum: values,
                    };
                    self.scalar_type(def, pointer)?
                } else {
                    base
                }
            }
            SchemaKind::Type(Type::Number(n)) => {
                if !n.enumeration.is_empty() {
                    return self.unsupported(format!("{pointer}/enum"), "a number enum");
                }
                v.minimum = n.minimum.map(|m| (m, n.exclusive_minimum));
                v.maximum = n.maximum.map(|m| (m, n.exclusive_maximum));
                v.multiple_of = n.multiple_of;
                match &n.format {
                    VariantOrUnknownOrEmpty::Item(NumberFormat::Float) => TypeRef::F32,
                    VariantOrUnknownOrEmpty::Item(NumberFormat::Double) => TypeRef::F64,
                    _ => {
                        return self.unsupported(pointer, "a number without format float or double (poem-openapi always states one)");
                    }
                }
            }
            SchemaKind::Type(Type::Boolean(b)) => {
                if !b.enumeration.is_empty() {
                    return self.unsupported(format!("{pointer}/enum"), "a boolean enum");
                }
                TypeRef::Bool
            }
            SchemaKind::Type(Type::Array(a)) => {
                v.min_items = a.min_items;
                v.max_items = a.max_items;
                v.unique_items = a.unique_items;
                let items_pointer = format!("{pointer}/items");
                let item = match &a.items {
                    None => return self.unsupported(pointer, "an array without items"),
                    Some(ReferenceOr::Reference { reference }) => {
                        self.reference(reference, &items_pointer)?
                    }
                    Some(ReferenceOr::Item(item)) => self.element_type(
                        item,
                        format!("{child}Item"),
                        &items_pointer,
                        |t| matches!(t, TypeRef::Vec(_)),
                        "an array of arrays",
                    )?,
                };
                TypeRef::Vec(Box::new(item))
            }
            SchemaKind::OneOf { .. } => self.define_union(child, schema, pointer)?,
            SchemaKind::AllOf { .. } => self.define_composed(child, schema, pointer)?,
            SchemaKind::AnyOf { .. } => self.define_union(child, schema, pointer)?,
            SchemaKind::Not { .. } => return self.unsupported(pointer, "not"),
            SchemaKind::Any(_) => {
                return self.unsupported(
                    pointer,
                    "a schema without a single `type` (or with keywords that do not fit its type)",
                );
            }
        };
        Ok((ty, v))
    }
}

/// Whether a scalar `default` satisfies the constraints written beside it: a default that
/// breaks them would make every request leaving the value out invalid. The reason if not.
pub(super) fn default_breaks(v: &Validators, value: &Value) -> Option<String> {
    if let Some(text) = value.as_str() {
        let chars = text.chars().count();
        if v.min_length.is_some_and(|n| chars < n) || v.max_length.is_some_and(|n| chars > n) {
            return Some("its length is outside minLength / maxLength".into());
        }
    }
    if let Some(n) = value.as_f64() {
        if v.minimum
            .is_some_and(|(m, exclusive)| n < m || (exclusive && n == m))
        {
            return Some("it is below the minimum".into());
        }
        if v.maximum
            .is_some_and(|(m, exclusive)| n > m || (exclusive && n == m))
        {
            return Some("it is above the maximum".into());
        }
        // poem-openapi checks `value % multipleOf == 0`, which floating-point remainders make
        // unreliable for a fractional multipleOf (0.5 % 0.1 is not 0).
        match v.multiple_of {
            Some(m) if m.fract() != 0.0 => {
                return Some("a default beside a fractional multipleOf cannot be checked".into());
            }
            Some(m) if n % m != 0.0 => {
                return Some("it is not a multiple of multipleOf".into());
            }
            _ => {}
        }
    }
    None
}

/// The reference of a schema that is only `allOf: [{$ref}]` (with prose beside it).
pub(super) fn single_reference(schema: &Schema) -> Option<&str> {
    let SchemaKind::AllOf { all_of } = &schema.schema_kind else {
        return None;
    };
    match all_of.as_slice() {
        [ReferenceOr::Reference { reference }] if schema.schema_data.default.is_none() => {
            Some(reference)
        }
        _ => None,
    }
}

impl Reader<'_> {
    /// Whether a `default` is one of a type's values: a plain scalar of its kind, a string
    /// enum's value, or a value a scalar newtype (a pattern, an integer enum) accepts.
    /// Never for objects, maps, unions or formatted strings.
    pub(super) fn default_fits(&self, ty: &TypeRef, v: &Value) -> bool {
        let TypeRef::Named(name) = ty else {
            return plain_default_fits(ty, v);
        };
        match self.types.get(name) {
            Some(TypeDef::StringEnum(e)) => e
                .values
                .iter()
                .any(|(value, _)| Some(value.as_str()) == v.as_str()),
            Some(TypeDef::Scalar(s))
                if matches!(s.base, TypeRef::String | TypeRef::I32 | TypeRef::I64) =>
            {
                plain_default_fits(&s.base, v)
                    && default_breaks(&s.validators, v).is_none()
                    && (s.int_enum.is_empty()
                        || v.as_i64().is_some_and(|n| s.int_enum.contains(&n)))
                    && match (&s.validators.pattern, v.as_str()) {
                        (Some(p), Some(text)) => {
                            regex::Regex::new(p).is_ok_and(|r| r.is_match(text))
                        }
                        _ => true,
                    }
            }
            _ => false,
        }
    }
}

/// Whether a `default` value is one of a plain scalar type's values.
pub(super) fn plain_default_fits(ty: &TypeRef, v: &Value) -> bool {
    match ty {
        TypeRef::Bool => v.is_boolean(),
        TypeRef::String => v.is_string(),
        TypeRef::I32 => v.as_i64().is_some_and(|n| i32::try_from(n).is_ok()),
        TypeRef::I64 => v.as_i64().is_some(),
        // A float default must be a float exactly: served from the f32, another value would
        // say more digits than the document wrote (0.1 is 0.10000000149011612 as an f32).
        TypeRef::F32 => v.as_f64().is_some_and(|n| f64::from(n as f32) == n),
        TypeRef::F64 => v.is_number(),
        _ => false,
    }
}

/// Whether a `default` value is the Rust type's `Default` (false, 0, "").
pub(super) fn is_type_default(ty: &TypeRef, v: &Value) -> bool {
    match ty {
        TypeRef::Bool => v == &Value::Bool(false),
        TypeRef::String => v.as_str() == Some(""),
        TypeRef::I32 | TypeRef::I64 => v.as_i64() == Some(0),
        TypeRef::F32 | TypeRef::F64 => v.as_f64() == Some(0.0),
        _ => false,
    }
}
