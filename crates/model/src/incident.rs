//! The incident record: one per event, every fact with the ids of the reports that state it.
//!
//! These types serialise to the `incident` object of the JSON Lines contract (schema version
//! [`SCHEMA_VERSION`], see `docs/OUTPUT.md`). Adding a field is allowed within a version;
//! renaming or removing one is a new version.

use serde::{Deserialize, Serialize};

use crate::{EventKind, Gender, Precision, Role, Status};

/// Version of every serialised shape storyfold emits (JSON output, API, stored records).
pub const SCHEMA_VERSION: u32 = 1;

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct DateField {
    pub value: Option<String>,
    pub precision: Option<Precision>,
    pub sources: Vec<String>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct PlaceField {
    pub city: Option<String>,
    pub county: Option<String>,
    pub state: Option<String>,
    pub country: Option<String>,
    pub lat: Option<f64>,
    pub lon: Option<f64>,
    pub sources: Vec<String>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct CountField {
    pub value: Option<u32>,
    pub sources: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Participant {
    pub name: Option<String>,
    pub role: Role,
    pub title: Option<String>,
    pub age: Option<u32>,
    /// An age given only as a range ("in his early 40s" → `[40, 43]`), when no report gives
    /// an exact age.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub age_range: Option<(u32, u32)>,
    pub gender: Option<Gender>,
    pub status: Option<Status>,
    pub sources: Vec<String>,
    /// The sentences that state this participant's facts, with their report ids.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub evidence: Vec<SourcedSentence>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Quote {
    pub speaker: Option<String>,
    pub text: String,
    pub sources: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ConflictValue {
    pub value: serde_json::Value,
    pub sources: Vec<String>,
}

/// Two or more values that independent reports give for one field.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Conflict {
    pub field: String,
    pub values: Vec<ConflictValue>,
}

/// A sentence of one report, kept so a reader can check a fact against its source.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SourcedSentence {
    pub report: String,
    pub field: String,
    pub sentence: std::sync::Arc<str>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Incident {
    pub kind: EventKind,
    pub date: DateField,
    pub place: PlaceField,
    pub killed: CountField,
    pub injured: CountField,
    pub arrested: CountField,
    pub participants: Vec<Participant>,
    pub quotes: Vec<Quote>,
    pub conflicts: Vec<Conflict>,
    /// Sentences behind the date, place and counts (extra field, allowed by the contract).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub evidence: Vec<SourcedSentence>,
    /// Every report of this event is a round-up of several incidents (extra field, present
    /// only when true): its counts are totals, and `storyfold count` leaves it out.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub roundup: bool,
}
