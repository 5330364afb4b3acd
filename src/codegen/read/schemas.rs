//! Schemas: components, inline objects and string enums, scalar newtypes and their constraints.

use std::collections::BTreeSet;

use openapiv3::{ReferenceOr, Schema, SchemaKind, Type, VariantOrUnknownOrEmpty};

use super::super::Result;
use super::super::model::*;
use super::types::{default_breaks, is_type_default, single_reference};
use super::{Reader, esc};

impl Reader<'_> {
    pub(super) fn insert_type(&mut self, def: TypeDef, pointer: &str) -> Result<()> {
        let name = def.name().to_string();
        if self.types.contains_key(&name) {
            return self.unsupported(
                pointer,
                format!("two schemas would both be named `{name}`; rename one"),
            );
        }
        self.order.push(name.clone());
        self.pointers.insert(name.clone(), pointer.to_string());
        self.types.insert(name, def);
        Ok(())
    }

    /// Defines a scalar newtype, or reuses the identical one a shared parameter (a
    /// `components.parameters` entry, or a name several operations repeat) defined before.
    pub(super) fn scalar_type(&mut self, def: ScalarDef, pointer: &str) -> Result<TypeRef> {
        if let Some(TypeDef::Scalar(existing)) = self.types.get(&def.name)
            && existing.base == def.base
            && existing.validators == def.validators
            && existing.int_enum == def.int_enum
        {
            return Ok(TypeRef::Named(def.name));
        }
        let name = def.name.clone();
        self.insert_type(TypeDef::Scalar(def), pointer)?;
        Ok(TypeRef::Named(name))
    }

    /// Defines a component schema under its own name.
    pub(super) fn define_component(
        &mut self,
        name: &str,
        schema: &Schema,
        pointer: &str,
    ) -> Result<()> {
        let rust_name = camel_ident(name);
        if rust_name != name {
            return self.unsupported(pointer, format!("component schema name `{name}` (use an UpperCamelCase name such as `{rust_name}`)"));
        }
        match &schema.schema_kind {
            SchemaKind::Type(Type::Object(_)) => {
                self.define_object(name, schema, pointer)?;
            }
            SchemaKind::AllOf { .. } => {
                self.define_composed(name, schema, pointer)?;
            }
            SchemaKind::OneOf { .. } | SchemaKind::AnyOf { .. } => {
                self.define_union(name, schema, pointer)?;
            }
            SchemaKind::Type(Type::String(s)) if !s.enumeration.is_empty() => {
                self.define_string_enum(name, schema, pointer)?;
            }
            // A constrained scalar shared by several properties: a newtype of its own, whose
            // constraints are checked wherever it is used.
            SchemaKind::Type(Type::String(_)) | SchemaKind::Type(Type::Integer(_)) => {
                let (base, validators) = self.schema_type(schema, name, pointer)?;
                match &base {
                    // A patterned string is a newtype already, under this name.
                    TypeRef::Named(n) if n == name => return Ok(()),
                    TypeRef::String | TypeRef::DateTime | TypeRef::I32 | TypeRef::I64 => {}
                    _ => {
                        return self.unsupported(
                            pointer,
                            "a component scalar that is not a plain string or integer",
                        );
                    }
                }
                let def = ScalarDef {
                    name: name.to_string(),
                    description: schema.schema_data.description.clone(),
                    base,
                    validators,
                    int_enum: Vec::new(),
                };
                self.scalar_type(def, pointer)?;
            }
            _ => {
                return self.unsupported(
                    pointer,
                    "a component schema that is not an object, a string enum, or a string or integer scalar",
                );
            }
        }
        Ok(())
    }

    pub(super) fn check_schema_data(&self, schema: &Schema, pointer: &str) -> Result<()> {
        let d = &schema.schema_data;
        if d.nullable {
            return self.unsupported(
                format!("{pointer}/nullable"),
                "nullable other than on an object's property (array items, map values, \
                 parameters and bodies cannot be null)",
            );
        }
        if d.read_only || d.write_only {
            return self.unsupported(pointer, "readOnly / writeOnly");
        }
        if d.discriminator.is_some()
            && !matches!(
                schema.schema_kind,
                SchemaKind::OneOf { .. } | SchemaKind::AnyOf { .. }
            )
        {
            return self.unsupported(
                format!("{pointer}/discriminator"),
                "a discriminator other than on a oneOf or anyOf",
            );
        }
        if !d.extensions.is_empty() {
            let key = d.extensions.keys().next().cloned().unwrap_or_default();
            return self.unsupported(
                format!("{pointer}/{}", esc(&key)),
                format!("extension `{key}`"),
            );
        }
        if d.title.is_some() {
            return self.unsupported(format!("{pointer}/title"), "schema title (use description)");
        }
        Ok(())
    }

    pub(super) fn define_object(
        &mut self,
        name: &str,
        schema: &Schema,
        pointer: &str,
    ) -> Result<TypeRef> {
        self.check_schema_data(schema, pointer)?;
        let SchemaKind::Type(Type::Object(obj)) = &schema.schema_kind else {
            unreachable!("define_object is called on object schemas");
        };
        // `true` is what JSON Schema assumes when the keyword is absent; `false` closes the
        // object. A schema for the other properties' values would mix an object and a map.
        let closed = match &obj.additional_properties {
            None | Some(openapiv3::AdditionalProperties::Any(true)) => false,
            Some(openapiv3::AdditionalProperties::Any(false)) => true,
            Some(openapiv3::AdditionalProperties::Schema(_)) => {
                return self.unsupported(
                    format!("{pointer}/additionalProperties"),
                    "additionalProperties with a schema beside properties (an object that is \
                     also a map; give the map its own property)",
                );
            }
        };
        if obj.min_properties.is_some() || obj.max_properties.is_some() {
            return self.unsupported(pointer, "minProperties / maxProperties");
        }
        if schema.schema_data.default.is_some() {
            return self.unsupported(format!("{pointer}/default"), "a default on an object");
        }
        for required in &obj.required {
            if !obj.properties.contains_key(required) {
                return self.unsupported(
                    format!("{pointer}/required"),
                    format!("required property `{required}` is not defined"),
                );
            }
        }
        // Reserve the name before the properties, so inline children cannot take it.
        let placeholder = TypeDef::Object(ObjectDef {
            name: name.to_string(),
            description: None,
            fields: Vec::new(),
            closed,
        });
        self.insert_type(placeholder, pointer)?;
        let mut fields = Vec::new();
        let mut rust_names = BTreeSet::new();
        for (prop_name, prop) in &obj.properties {
            let prop_pointer = format!("{pointer}/properties/{}", esc(prop_name));
            let required = obj.required.contains(prop_name);
            // Two JSON names may share a snake-case form (`errorDescription` beside RFC 6749's
            // `error_description`): the later one is numbered. The JSON name is kept by `rename`.
            let base = snake_ident(prop_name);
            let rust_name = (1..)
                .map(|n| {
                    if n == 1 {
                        base.clone()
                    } else {
                        format!("{base}_{n}")
                    }
                })
                .find(|candidate| !rust_names.contains(candidate))
                .expect("an unused name exists");
            rust_names.insert(rust_name.clone());
            let child = format!("{name}{}", camel_ident(prop_name));
            let (mut read_only, mut write_only, mut nullable) = (false, false, false);
            let (ty, validators, description, deprecated, default) = match prop {
                ReferenceOr::Reference { reference } => (
                    self.reference(reference, &prop_pointer)?,
                    Validators::default(),
                    None,
                    false,
                    None,
                ),
                ReferenceOr::Item(s) => {
                    // readOnly / writeOnly / nullable belong to the property, not to its type.
                    (read_only, write_only, nullable) = (
                        s.schema_data.read_only,
                        s.schema_data.write_only,
                        s.schema_data.nullable,
                    );
                    let mut s = s.clone();
                    (
                        s.schema_data.read_only,
                        s.schema_data.write_only,
                        s.schema_data.nullable,
                    ) = (false, false, false);
                    // The default too: the property takes it, its type (an enum, a newtype)
                    // does not.
                    let default = s.schema_data.default.take();
                    // `allOf: [$ref]` is how OpenAPI 3.0 qualifies a reference (nullable, a
                    // description): the property is of the referenced type.
                    let (ty, validators) = match single_reference(&s) {
                        Some(reference) => (
                            self.reference(reference, &format!("{prop_pointer}/allOf/0"))?,
                            Validators::default(),
                        ),
                        None => self.schema_type(&s, &child, &prop_pointer)?,
                    };
                    (
                        ty,
                        validators,
                        s.schema_data.description.clone(),
                        s.schema_data.deprecated,
                        default,
                    )
                }
            };
            if read_only && write_only {
                return self.unsupported(prop_pointer, "a property both readOnly and writeOnly");
            }
            if required && (read_only || write_only) {
                // One type serves requests and answers, for the server and its client alike: a
                // required readOnly property would have to be sent, a writeOnly one answered.
                return self.unsupported(
                    prop_pointer,
                    "a required readOnly / writeOnly property (make it optional)",
                );
            }
            if nullable && default.is_some() {
                return self.unsupported(
                    format!("{prop_pointer}/default"),
                    "a default on a nullable property (absent and null would differ only by it)",
                );
            }
            if let Some(why) = default
                .as_ref()
                .and_then(|d| default_breaks(&validators, d))
            {
                return self.unsupported(
                    format!("{prop_pointer}/default"),
                    format!("a default that breaks its own constraints ({why})"),
                );
            }
            let (has_default, default_value) = match default {
                None => (false, None),
                Some(v) if is_type_default(&ty, &v) && !required => (true, None),
                Some(v) if !required && self.default_fits(&ty, &v) => (false, Some(v)),
                Some(v) => {
                    return self.unsupported(
                        format!("{prop_pointer}/default"),
                        format!(
                            "default {v} (a default is for an optional property: a string, \
                             integer, number, boolean or enum value of its type, within its \
                             constraints)"
                        ),
                    );
                }
            };
            fields.push(Field {
                json_name: prop_name.clone(),
                rust_name,
                ty,
                required,
                has_default,
                default_value,
                deprecated,
                nullable,
                boxed: false,
                read_only,
                write_only,
                description,
                validators,
            });
        }
        self.types.insert(
            name.to_string(),
            TypeDef::Object(ObjectDef {
                name: name.to_string(),
                description: schema.schema_data.description.clone(),
                fields,
                closed,
            }),
        );
        Ok(TypeRef::Named(name.to_string()))
    }

    pub(super) fn define_string_enum(
        &mut self,
        name: &str,
        schema: &Schema,
        pointer: &str,
    ) -> Result<TypeRef> {
        self.check_schema_data(schema, pointer)?;
        let SchemaKind::Type(Type::String(s)) = &schema.schema_kind else {
            unreachable!("define_string_enum is called on string schemas");
        };
        if s.pattern.is_some() || s.min_length.is_some() || s.max_length.is_some() {
            return self.unsupported(
                pointer,
                "length or pattern constraints on an enum (the values constrain it)",
            );
        }
        if !matches!(s.format, VariantOrUnknownOrEmpty::Empty) {
            return self.unsupported(format!("{pointer}/format"), "a format on an enum");
        }
        if schema.schema_data.default.is_some() {
            return self.unsupported(format!("{pointer}/default"), "a default on an enum");
        }
        let mut values = Vec::new();
        let mut variants = BTreeSet::new();
        for (i, v) in s.enumeration.iter().enumerate() {
            let Some(v) = v else {
                return self.unsupported(format!("{pointer}/enum/{i}"), "null enum value");
            };
            let variant = camel_ident(v);
            if !variants.insert(variant.clone()) {
                return self.unsupported(
                    format!("{pointer}/enum/{i}"),
                    format!("enum values that map to the same Rust variant `{variant}`"),
                );
            }
            values.push((v.clone(), variant));
        }
        self.insert_type(
            TypeDef::StringEnum(EnumDef {
                name: name.to_string(),
                description: schema.schema_data.description.clone(),
                values,
            }),
            pointer,
        )?;
        Ok(TypeRef::Named(name.to_string()))
    }

    pub(super) fn reference(&self, reference: &str, pointer: &str) -> Result<TypeRef> {
        let Some(name) = reference.strip_prefix("#/components/schemas/") else {
            return self.unsupported(
                pointer,
                format!("$ref `{reference}` (only #/components/schemas/... is supported here)"),
            );
        };
        let exists = self
            .doc
            .components
            .as_ref()
            .is_some_and(|c| c.schemas.contains_key(name));
        if !exists {
            return self.unsupported(pointer, format!("dangling $ref `{reference}`"));
        }
        Ok(TypeRef::Named(name.to_string()))
    }
}
