//! JSON Lines reports: one object a line, with the field names news crawlers commonly use.

use serde_json::{Map, Value};
use storyfold_model::RawReport;

const TEXT_KEYS: &[&str] = &["text", "maintext", "body", "content", "article"];
const DATE_KEYS: &[&str] = &[
    "published",
    "date",
    "date_publish",
    "published_at",
    "pubdate",
];
const SOURCE_KEYS: &[&str] = &["source", "source_domain", "outlet", "publisher"];
const TITLE_KEYS: &[&str] = &["title", "headline"];
const AUTHOR_KEYS: &[&str] = &["author", "authors", "byline"];
const URL_KEYS: &[&str] = &["url", "link"];

/// The first of `keys` that holds a non-empty string (trimmed), a number, or an array of
/// strings (joined), taken out of `obj` (a string that needs no trimming is moved, not
/// copied).
fn first_string(obj: &mut Map<String, Value>, keys: &[&str]) -> Option<String> {
    keys.iter().find_map(|k| match obj.remove(*k)? {
        Value::String(s) if !s.is_empty() && s.trim().len() == s.len() => Some(s),
        Value::String(s) if !s.trim().is_empty() => Some(s.trim().to_string()),
        Value::Number(n) => Some(n.to_string()),
        Value::Array(items) => {
            let parts: Vec<&str> = items.iter().filter_map(Value::as_str).collect();
            (!parts.is_empty()).then(|| parts.join(", "))
        }
        _ => None,
    })
}

/// Is `key` a field name a report may use?
fn is_known_key(key: &str) -> bool {
    key == "id"
        || [
            TEXT_KEYS,
            DATE_KEYS,
            SOURCE_KEYS,
            TITLE_KEYS,
            AUTHOR_KEYS,
            URL_KEYS,
        ]
        .iter()
        .any(|keys| keys.contains(&key))
}

/// A JSON object with only the fields a report may use: other fields (labels, whatever a
/// crawler adds) are skipped while parsing, never built as values. Hand-written because
/// serde's derive cannot take "the first of several names" for one field.
struct KnownFields(Map<String, Value>);

impl<'de> serde::Deserialize<'de> for KnownFields {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        d.deserialize_map(KnownFieldsVisitor)
    }
}

struct KnownFieldsVisitor;

impl<'de> serde::de::Visitor<'de> for KnownFieldsVisitor {
    type Value = KnownFields;

    fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        f.write_str("a JSON object")
    }

    fn visit_map<A: serde::de::MapAccess<'de>>(self, mut map: A) -> Result<KnownFields, A::Error> {
        let mut out = Map::new();
        while let Some(Key(known)) = map.next_key::<Key>()? {
            match known {
                Some(k) => {
                    out.insert(k, map.next_value::<Value>()?);
                }
                None => {
                    map.next_value::<serde::de::IgnoredAny>()?;
                }
            }
        }
        Ok(KnownFields(out))
    }
}

/// A field name, kept only when it is one a report may use (see [`is_known_key`]).
struct Key(Option<String>);

impl<'de> serde::Deserialize<'de> for Key {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct KeyVisitor;
        impl serde::de::Visitor<'_> for KeyVisitor {
            type Value = Key;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("a field name")
            }
            fn visit_str<E: serde::de::Error>(self, v: &str) -> Result<Key, E> {
                Ok(Key(is_known_key(v).then(|| v.to_string())))
            }
        }
        d.deserialize_str(KeyVisitor)
    }
}

/// Parses one JSONL line; `file` and `line_no` make the id of a line without `id`.
pub fn parse_jsonl_line(line: &str, file: &str, line_no: usize) -> Result<RawReport, String> {
    let KnownFields(mut obj) = serde_json::from_str(line).map_err(|e| {
        if e.classify() == serde_json::error::Category::Data {
            format!("not a JSON object: {e}")
        } else {
            format!("not valid JSON: {e}")
        }
    })?;
    let id = match obj.remove("id") {
        Some(Value::String(s)) if !s.is_empty() => s,
        Some(Value::Number(n)) => n.to_string(),
        Some(Value::Null) | None => format!("{file}:{line_no}"),
        Some(other) => {
            return Err(format!(
                "field `id` must be a string or number, found {other}"
            ));
        }
    };
    let text = first_string(&mut obj, TEXT_KEYS).ok_or_else(|| {
        format!(
            "report {id} has no text (expected one of {})",
            TEXT_KEYS.join(", ")
        )
    })?;
    Ok(RawReport {
        id,
        source: first_string(&mut obj, SOURCE_KEYS),
        title: first_string(&mut obj, TITLE_KEYS),
        published: first_string(&mut obj, DATE_KEYS),
        url: first_string(&mut obj, URL_KEYS),
        author: first_string(&mut obj, AUTHOR_KEYS),
        text,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn news_please_fields() {
        let r = parse_jsonl_line(
            r#"{"title":"T","maintext":"M","date_publish":"2024-03-01 10:00:00","source_domain":"x.example","authors":["A","B"]}"#,
            "f.jsonl",
            4,
        )
        .unwrap();
        assert_eq!(r.id, "f.jsonl:4");
        assert_eq!(r.text, "M");
        assert_eq!(r.published.as_deref(), Some("2024-03-01 10:00:00"));
        assert_eq!(r.source.as_deref(), Some("x.example"));
        assert_eq!(r.author.as_deref(), Some("A, B"));
    }

    #[test]
    fn other_fields_are_skipped_and_text_trimmed() {
        let r = parse_jsonl_line(
            r#"{"cluster":7,"labels":{"a":[1,{"b":null}]},"id":12,"text":"  A man was hurt.\n ","role":"variant","headline":"H"}"#,
            "f.jsonl",
            1,
        )
        .unwrap();
        assert_eq!(r.id, "12");
        assert_eq!(r.text, "A man was hurt.");
        assert_eq!(r.title.as_deref(), Some("H"));
        assert!(
            parse_jsonl_line(r#"{"text":"t","x":[1,}"#, "f", 1)
                .unwrap_err()
                .contains("not valid JSON")
        );
    }

    #[test]
    fn errors_name_the_problem() {
        assert!(
            parse_jsonl_line("[1]", "f", 1)
                .unwrap_err()
                .contains("object")
        );
        assert!(
            parse_jsonl_line(r#"{"id":"x"}"#, "f", 1)
                .unwrap_err()
                .contains("no text")
        );
        assert!(
            parse_jsonl_line(r#"{"id":{},"text":"t"}"#, "f", 1)
                .unwrap_err()
                .contains("`id`")
        );
    }
}
