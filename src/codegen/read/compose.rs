//! Compositions and unions (`allOf`, `oneOf`, `anyOf`), and the recursion rules: which
//! properties are boxed, which cycles are refused.

use std::collections::BTreeSet;

use openapiv3::{ReferenceOr, Schema, SchemaKind, Type};

use super::super::Result;
use super::super::model::*;
use super::{Reader, esc};

impl Reader<'_> {
    /// The named types a type's values contain: an object's properties, a composition's
    /// parts, a union's members. `direct` leaves out what is inside an array or a map (a
    /// `Vec` or `BTreeMap` holds its elements on the heap).
    fn contained(&self, name: &str, direct: bool) -> Vec<String> {
        fn named(t: &TypeRef, direct: bool, out: &mut Vec<String>) {
            match t {
                TypeRef::Named(n) => out.push(n.clone()),
                TypeRef::Vec(inner) | TypeRef::Map(inner) if !direct => named(inner, direct, out),
                _ => {}
            }
        }
        let mut out = Vec::new();
        match self.types.get(name) {
            Some(TypeDef::Composed(c)) => out.extend(c.parts.iter().map(|(_, t, _)| t.clone())),
            Some(TypeDef::Object(o)) => {
                for f in o.fields.iter().filter(|f| !(direct && f.boxed)) {
                    named(&f.ty, direct, &mut out);
                }
            }
            Some(TypeDef::Union(u)) => out.extend(u.members.iter().map(|(_, t)| t.clone())),
            _ => {}
        }
        out
    }

    /// Whether a value of `start` (itself included) can contain a value of `target`.
    fn reaches(&self, start: &str, target: &str, direct: bool) -> bool {
        let mut seen = BTreeSet::new();
        let mut todo = vec![start.to_string()];
        while let Some(n) = todo.pop() {
            if seen.insert(n.clone()) {
                for inner in self.contained(&n, direct) {
                    if inner == target {
                        return true;
                    }
                    todo.push(inner);
                }
            }
        }
        false
    }

    /// Boxes every property whose value can contain, by value, the object holding it
    /// (`Category.parent: Category`, or through a union or an allOf), which breaks every cycle
    /// that passes through a property; then refuses the cycles the generated code cannot
    /// serve:
    /// - a type still containing itself by value: a cycle of `allOf` parts alone;
    /// - an `allOf` two of whose parts lead back to it, or a union without a discriminator two
    ///   of whose members do: each of them parses the same nested value again, a cost that
    ///   doubles with every level of the input. (One such part or member costs nothing more:
    ///   `Expr = oneOf [Literal, Call]`, `Call {args: [Expr]}` is linear.)
    pub(super) fn check_cycles(&mut self) -> Result<()> {
        let mut to_box = Vec::new();
        for (name, def) in &self.types {
            if let TypeDef::Object(o) = def {
                for (i, f) in o.fields.iter().enumerate() {
                    if let TypeRef::Named(t) = &f.ty
                        && (t == name || self.reaches(t, name, true))
                    {
                        to_box.push((name.clone(), i));
                    }
                }
            }
        }
        for (name, i) in to_box {
            if let Some(TypeDef::Object(o)) = self.types.get_mut(&name) {
                o.fields[i].boxed = true;
            }
        }
        for (name, def) in &self.types {
            let at = self.pointers.get(name).cloned().unwrap_or_default();
            if self.reaches(name, name, true) {
                return self.unsupported(
                    at,
                    format!(
                        "`{name}` contains itself through allOf parts alone (a value holding \
                         itself has no size)"
                    ),
                );
            }
            let (members, what): (Vec<&String>, String) = match def {
                TypeDef::Composed(c) => (
                    c.parts.iter().map(|(_, t, _)| t).collect(),
                    "an allOf".to_string(),
                ),
                TypeDef::Union(u) if u.discriminator.is_none() => (
                    u.members.iter().map(|(_, t)| t).collect(),
                    format!(
                        "{} without a discriminator",
                        if u.one_of { "a oneOf" } else { "an anyOf" }
                    ),
                ),
                _ => continue,
            };
            let recursive: Vec<&String> = members
                .into_iter()
                .filter(|m| *m == name || self.reaches(m, name, false))
                .collect();
            if recursive.len() > 1 {
                return self.unsupported(
                    at,
                    format!(
                        "{what} two of whose members contain it again ({}): each would parse \
                         the same nested value again, a cost doubling with every level of the \
                         input{}",
                        recursive
                            .iter()
                            .map(|m| format!("`{m}`"))
                            .collect::<Vec<_>>()
                            .join(", "),
                        if what.starts_with("an allOf") {
                            ""
                        } else {
                            "; add a discriminator"
                        }
                    ),
                );
            }
        }
        Ok(())
    }

    /// The schema of `#/components/schemas/<name>` as written (looked up in the document: the
    /// component may not be read yet).
    fn component(&self, name: &str) -> Option<&Schema> {
        match self.doc.components.as_ref()?.schemas.get(name)? {
            ReferenceOr::Item(schema) => Some(schema),
            ReferenceOr::Reference { .. } => None,
        }
    }

    /// Whether the component `name` is an object or a composition of objects.
    fn component_is_object(&self, name: &str) -> bool {
        self.component(name).is_some_and(|s| {
            matches!(
                s.schema_kind,
                SchemaKind::Type(Type::Object(_)) | SchemaKind::AllOf { .. }
            )
        })
    }

    /// Whether the component `name` is an object with `additionalProperties: false`.
    fn component_is_closed(&self, name: &str) -> bool {
        self.component(name).is_some_and(|s| {
            matches!(
                &s.schema_kind,
                SchemaKind::Type(Type::Object(o))
                    if matches!(o.additional_properties, Some(openapiv3::AdditionalProperties::Any(false)))
            )
        })
    }

    /// An `allOf` of objects: `$ref`s to object components and at most one inline object.
    pub(super) fn define_composed(
        &mut self,
        name: &str,
        schema: &Schema,
        pointer: &str,
    ) -> Result<TypeRef> {
        self.check_schema_data(schema, pointer)?;
        let SchemaKind::AllOf { all_of } = &schema.schema_kind else {
            unreachable!("define_composed is called on allOf schemas");
        };
        if schema.schema_data.default.is_some() {
            return self.unsupported(format!("{pointer}/default"), "a default on an allOf");
        }
        // Reserve the name before the parts, so an inline part cannot take it.
        self.insert_type(
            TypeDef::Composed(ComposedDef {
                name: name.to_string(),
                description: None,
                parts: Vec::new(),
            }),
            pointer,
        )?;
        let mut parts: Vec<(String, String, bool)> = Vec::new();
        for (i, part) in all_of.iter().enumerate() {
            let at = format!("{pointer}/allOf/{i}");
            let (field, type_name, inline) = match part {
                ReferenceOr::Reference { reference } => {
                    let TypeRef::Named(target) = self.reference(reference, &at)? else {
                        unreachable!("a component reference names a type")
                    };
                    if !self.component_is_object(&target) {
                        return self.unsupported(at, "an allOf part that is not an object");
                    }
                    if self.component_is_closed(&target) && all_of.len() > 1 {
                        return self.unsupported(at, CLOSED_PART);
                    }
                    (snake_ident(&target), target, false)
                }
                ReferenceOr::Item(item) => {
                    if parts.iter().any(|(_, _, inline)| *inline) {
                        return self.unsupported(
                            at,
                            "more than one inline object in an allOf (write them as one)",
                        );
                    }
                    let SchemaKind::Type(Type::Object(obj)) = &item.schema_kind else {
                        return self.unsupported(at, "an allOf part that is not an object");
                    };
                    if all_of.len() > 1
                        && matches!(
                            obj.additional_properties,
                            Some(openapiv3::AdditionalProperties::Any(false))
                        )
                    {
                        return self.unsupported(at, CLOSED_PART);
                    }
                    let own = format!("{name}Own");
                    self.define_object(&own, item, &at)?;
                    ("own".to_string(), own, true)
                }
            };
            if parts.iter().any(|(f, _, _)| *f == field) {
                return self.unsupported(at, format!("two allOf parts named `{field}`"));
            }
            parts.push((field, type_name, inline));
        }
        if parts.is_empty() {
            return self.unsupported(pointer, "an empty allOf");
        }
        self.types.insert(
            name.to_string(),
            TypeDef::Composed(ComposedDef {
                name: name.to_string(),
                description: schema.schema_data.description.clone(),
                parts,
            }),
        );
        Ok(TypeRef::Named(name.to_string()))
    }

    /// Whether the component `name` has `property` as a required string property: itself, or
    /// through an `allOf` part.
    fn has_required_string(&self, name: &str, property: &str, depth: usize) -> bool {
        depth < 8
            && self
                .component(name)
                .is_some_and(|s| self.schema_has_required_string(s, property, depth))
    }

    fn schema_has_required_string(&self, schema: &Schema, property: &str, depth: usize) -> bool {
        match &schema.schema_kind {
            SchemaKind::Type(Type::Object(o)) => {
                o.required.iter().any(|r| r == property)
                    && matches!(o.properties.get(property), Some(ReferenceOr::Item(p))
                        if matches!(p.schema_kind, SchemaKind::Type(Type::String(_))))
            }
            SchemaKind::AllOf { all_of } => all_of.iter().any(|part| match part {
                ReferenceOr::Reference { reference } => reference
                    .strip_prefix("#/components/schemas/")
                    .is_some_and(|n| self.has_required_string(n, property, depth + 1)),
                ReferenceOr::Item(s) => self.schema_has_required_string(s, property, depth + 1),
            }),
            _ => false,
        }
    }

    /// A `oneOf` / `anyOf` of `$ref`s to object components, with or without a discriminator.
    pub(super) fn define_union(
        &mut self,
        name: &str,
        schema: &Schema,
        pointer: &str,
    ) -> Result<TypeRef> {
        self.check_schema_data(schema, pointer)?;
        let (one_of, members, keyword) = match &schema.schema_kind {
            SchemaKind::OneOf { one_of } => (true, one_of, "oneOf"),
            SchemaKind::AnyOf { any_of } => (false, any_of, "anyOf"),
            _ => unreachable!("define_union is called on oneOf and anyOf schemas"),
        };
        if schema.schema_data.default.is_some() {
            return self.unsupported(format!("{pointer}/default"), "a default on a union");
        }
        let mut names: Vec<(String, String)> = Vec::new();
        for (i, member) in members.iter().enumerate() {
            let at = format!("{pointer}/{keyword}/{i}");
            let ReferenceOr::Reference { reference } = member else {
                return self.unsupported(
                    at,
                    format!("an inline {keyword} member (give it a component and $ref it)"),
                );
            };
            let TypeRef::Named(target) = self.reference(reference, &at)? else {
                unreachable!("a component reference names a type")
            };
            if !self.component_is_object(&target) {
                return self.unsupported(
                    at,
                    format!("a {keyword} member that is not an object (the members are told apart by their properties)"),
                );
            }
            if names.iter().any(|(_, n)| *n == target) {
                return self.unsupported(at, format!("`{target}` named twice"));
            }
            names.push((camel_ident(&target), target));
        }
        if names.is_empty() {
            return self.unsupported(pointer, format!("an empty {keyword}"));
        }
        let discriminator = match &schema.schema_data.discriminator {
            None => None,
            Some(d) => {
                let at = format!("{pointer}/discriminator");
                if !d.extensions.is_empty() {
                    return self.unsupported(at, "extensions on a discriminator");
                }
                for (_, target) in &names {
                    if !self.has_required_string(target, &d.property_name, 0) {
                        return self.unsupported(
                            at,
                            format!(
                                "member `{target}` does not have `{}` as a required string property",
                                d.property_name
                            ),
                        );
                    }
                }
                let mut mapping = Vec::new();
                let mut values: Vec<(String, String)> = Vec::new();
                for (value, target) in &d.mapping {
                    let component = target
                        .strip_prefix("#/components/schemas/")
                        .unwrap_or(target);
                    if !names.iter().any(|(_, n)| n == component) {
                        return self.unsupported(
                            format!("{at}/mapping/{}", esc(value)),
                            format!("mapping to `{target}`, which is not a member"),
                        );
                    }
                    mapping.push((value.clone(), target.clone()));
                    values.push((value.clone(), component.to_string()));
                }
                // A member no mapping names is named by its component name (OpenAPI 3.0).
                for (_, target) in &names {
                    if !values.iter().any(|(_, n)| n == target) {
                        if values.iter().any(|(v, _)| v == target) {
                            return self.unsupported(
                                at,
                                format!("the value `{target}` names two members"),
                            );
                        }
                        values.push((target.clone(), target.clone()));
                    }
                }
                Some(Discriminator {
                    property: d.property_name.clone(),
                    mapping,
                    values,
                })
            }
        };
        self.insert_type(
            TypeDef::Union(UnionDef {
                name: name.to_string(),
                description: schema.schema_data.description.clone(),
                one_of,
                members: names,
                discriminator,
            }),
            pointer,
        )?;
        Ok(TypeRef::Named(name.to_string()))
    }
}

/// Why a closed object cannot be an `allOf` part.
const CLOSED_PART: &str = "an object with additionalProperties: false beside other allOf parts \
     (it refuses the other parts' properties, so a value holding one cannot satisfy the allOf)";
