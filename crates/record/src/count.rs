//! Counts over incident records — never over reports, so a syndicated story or ten reports of
//! one shooting count once. Pure: the records in, the table out.

use std::collections::BTreeMap;

use serde::Serialize;
use storyfold_model::{Incident, Participant};

/// What to group by.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum GroupBy {
    None,
    State,
    City,
    Year,
    Month,
    Kind,
    Role,
    Status,
    Title,
}

impl GroupBy {
    pub fn parse(s: &str) -> Option<GroupBy> {
        Some(match s {
            "none" => GroupBy::None,
            "state" => GroupBy::State,
            "city" => GroupBy::City,
            "year" => GroupBy::Year,
            "month" => GroupBy::Month,
            "kind" => GroupBy::Kind,
            "role" => GroupBy::Role,
            "status" => GroupBy::Status,
            "title" => GroupBy::Title,
            _ => return None,
        })
    }

    fn per_participant(self) -> bool {
        matches!(self, GroupBy::Role | GroupBy::Status | GroupBy::Title)
    }
}

/// Filters; every one given must hold. Participant filters (role, status, title) select the
/// participants counted and keep only incidents that have at least one.
#[derive(Debug, Clone, Default)]
pub struct Filter {
    pub kind: Option<String>,
    pub state: Option<String>,
    pub city: Option<String>,
    /// Inclusive `YYYY-MM-DD` bounds on the incident date (a prefix such as `2024` works).
    pub from: Option<String>,
    pub to: Option<String>,
    pub role: Option<String>,
    pub status: Option<String>,
    /// Substring of the participant's title, case-insensitive ("officer").
    pub title: Option<String>,
}

impl Filter {
    fn participant_filter(&self) -> bool {
        self.role.is_some() || self.status.is_some() || self.title.is_some()
    }

    fn keeps(&self, p: &Participant) -> bool {
        let lower = |s: &str| s.to_lowercase();
        self.role
            .as_ref()
            .is_none_or(|r| lower(&format!("{:?}", p.role)) == lower(r))
            && self.status.as_ref().is_none_or(|s| {
                p.status
                    .is_some_and(|st| lower(&format!("{st:?}")) == lower(s))
            })
            && self.title.as_ref().is_none_or(|t| {
                p.title
                    .as_deref()
                    .is_some_and(|pt| lower(pt).contains(&lower(t)))
            })
    }

    fn keeps_incident(&self, inc: &Incident) -> bool {
        let eq = |want: &Option<String>, got: Option<&str>| {
            want.as_ref()
                .is_none_or(|w| got.is_some_and(|g| g.eq_ignore_ascii_case(w)))
        };
        let date = inc.date.value.as_deref();
        // A round-up's counts are totals of incidents counted on their own elsewhere.
        !inc.roundup
            && eq(&self.kind, Some(inc.kind.as_str()))
            && eq(&self.state, inc.place.state.as_deref())
            && eq(&self.city, inc.place.city.as_deref())
            && self
                .from
                .as_ref()
                .is_none_or(|f| date.is_some_and(|d| d >= f.as_str()))
            && self
                .to
                .as_ref()
                .is_none_or(|t| date.is_some_and(|d| d <= t.as_str() || d.starts_with(t.as_str())))
    }
}

/// One row of the table.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct Row {
    pub key: String,
    /// Incidents in the group.
    pub incidents: u32,
    /// People killed and injured in those incidents (record counts).
    pub killed: u32,
    pub injured: u32,
    /// Participants matching the participant filters (all participants when none is given).
    pub participants: u32,
}

fn incident_key(by: GroupBy, inc: &Incident) -> String {
    let unknown = || "unknown".to_string();
    match by {
        GroupBy::None => String::new(),
        GroupBy::State => inc.place.state.clone().unwrap_or_else(unknown),
        GroupBy::City => match (&inc.place.city, &inc.place.state) {
            (Some(c), Some(s)) => format!("{c}, {s}"),
            _ => unknown(),
        },
        GroupBy::Year => inc
            .date
            .value
            .as_deref()
            .map(|d| d[..4].to_string())
            .unwrap_or_else(unknown),
        GroupBy::Month => inc
            .date
            .value
            .as_deref()
            .map(|d| d[..7].to_string())
            .unwrap_or_else(unknown),
        GroupBy::Kind => inc.kind.as_str().into(),
        GroupBy::Role | GroupBy::Status | GroupBy::Title => unreachable!("per participant"),
    }
}

fn participant_key(by: GroupBy, p: &Participant) -> String {
    match by {
        GroupBy::Role => format!("{:?}", p.role).to_lowercase(),
        GroupBy::Status => p
            .status
            .map(|s| format!("{s:?}").to_lowercase())
            .unwrap_or_else(|| "unknown".into()),
        _ => p.title.clone().unwrap_or_else(|| "unknown".into()),
    }
}

/// The table: one row per group, sorted by key. `by` may combine several groupings
/// ("state,year"); the key joins their values with " | ".
pub fn count(incidents: &[Incident], by: &[GroupBy], filter: &Filter) -> Vec<Row> {
    let mut rows: BTreeMap<String, Row> = BTreeMap::new();
    let (per_person, per_incident): (Vec<GroupBy>, Vec<GroupBy>) =
        by.iter().partition(|g| g.per_participant());
    for inc in incidents.iter().filter(|i| filter.keeps_incident(i)) {
        let people: Vec<&Participant> = inc
            .participants
            .iter()
            .filter(|p| filter.keeps(p))
            .collect();
        if filter.participant_filter() && people.is_empty() {
            continue;
        }
        let base: Vec<String> = per_incident.iter().map(|g| incident_key(*g, inc)).collect();
        let join = |extra: Vec<String>| {
            let parts: Vec<String> = base.iter().cloned().chain(extra).collect();
            if parts.is_empty() {
                "all".to_string()
            } else {
                parts.join(" | ")
            }
        };
        if per_person.is_empty() {
            let key = join(vec![]);
            let row = rows.entry(key.clone()).or_insert_with(|| Row {
                key,
                ..Row::default()
            });
            row.incidents += 1;
            row.killed += inc.killed.value.unwrap_or(0);
            row.injured += inc.injured.value.unwrap_or(0);
            row.participants += people.len() as u32;
        } else {
            let mut seen: Vec<String> = Vec::new();
            for p in &people {
                let key = join(per_person.iter().map(|g| participant_key(*g, p)).collect());
                let row = rows.entry(key.clone()).or_insert_with(|| Row {
                    key: key.clone(),
                    ..Row::default()
                });
                row.participants += 1;
                if !seen.contains(&key) {
                    seen.push(key);
                    row.incidents += 1;
                    row.killed += inc.killed.value.unwrap_or(0);
                    row.injured += inc.injured.value.unwrap_or(0);
                }
            }
        }
    }
    rows.into_values().collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use storyfold_model::{CountField, DateField, EventKind, PlaceField, Role, Status};

    fn inc(
        state: &str,
        date: &str,
        killed: u32,
        people: Vec<(Role, Option<Status>, Option<&str>)>,
    ) -> Incident {
        Incident {
            kind: EventKind::Shooting,
            date: DateField {
                value: Some(date.into()),
                precision: None,
                sources: vec![],
            },
            place: PlaceField {
                state: Some(state.into()),
                ..Default::default()
            },
            killed: CountField {
                value: Some(killed),
                sources: vec![],
            },
            injured: CountField {
                value: Some(0),
                sources: vec![],
            },
            arrested: CountField::default(),
            participants: people
                .into_iter()
                .map(|(role, status, title)| Participant {
                    name: None,
                    role,
                    title: title.map(str::to_string),
                    age: None,
                    age_range: None,
                    gender: None,
                    status,
                    sources: vec![],
                    evidence: vec![],
                })
                .collect(),
            quotes: vec![],
            conflicts: vec![],
            evidence: vec![],
            roundup: false,
        }
    }

    #[test]
    fn round_ups_are_not_counted() {
        let mut weekend = inc("Ohio", "2024-05-04", 3, vec![]);
        weekend.roundup = true;
        let all = vec![inc("Ohio", "2024-05-04", 1, vec![]), weekend];
        let rows = count(&all, &[], &Filter::default());
        assert_eq!((rows[0].incidents, rows[0].killed), (1, 1));
    }

    #[test]
    fn officers_shot_per_state() {
        let all = vec![
            inc(
                "Ohio",
                "2024-05-01",
                1,
                vec![(Role::Victim, Some(Status::Killed), Some("police officer"))],
            ),
            inc(
                "Ohio",
                "2024-06-01",
                0,
                vec![
                    (Role::Victim, Some(Status::Injured), Some("police officer")),
                    (Role::Victim, Some(Status::Injured), Some("police officer")),
                ],
            ),
            inc(
                "Texas",
                "2024-07-01",
                2,
                vec![(Role::Victim, Some(Status::Killed), None)],
            ),
            inc(
                "Ohio",
                "2023-07-01",
                1,
                vec![(Role::Victim, Some(Status::Killed), Some("police officer"))],
            ),
        ];
        let f = Filter {
            title: Some("officer".into()),
            role: Some("victim".into()),
            from: Some("2024".into()),
            to: Some("2024".into()),
            ..Default::default()
        };
        let rows = count(&all, &[GroupBy::State], &f);
        assert_eq!(
            rows,
            vec![Row {
                key: "Ohio".into(),
                incidents: 2,
                killed: 1,
                injured: 0,
                participants: 3
            }]
        );
        let by_year = count(&all, &[GroupBy::Year], &Filter::default());
        let two = count(&all, &[GroupBy::State, GroupBy::Year], &Filter::default());
        assert_eq!(
            two.iter().map(|r| r.key.as_str()).collect::<Vec<_>>(),
            vec!["Ohio | 2023", "Ohio | 2024", "Texas | 2024"]
        );
        assert_eq!(
            by_year
                .iter()
                .map(|r| (r.key.as_str(), r.incidents, r.killed))
                .collect::<Vec<_>>(),
            vec![("2023", 1, 1), ("2024", 3, 3)]
        );
    }
}
