//! `storyfold export`: the stored events as one row per incident with the columns incident
//! trackers use (GVA-like), or the stored reports with their copy and event links. JSON Lines
//! or CSV (or Parquet, with the `parquet` feature); the row shapes are part of the versioned output (schema 1, docs/OUTPUT.md).

use std::io::Write;

use anyhow::Result;
use serde::Serialize;
use storyfold_store::Store;

#[derive(Serialize)]
struct EventRow {
    event: String,
    kind: String,
    date: Option<String>,
    date_precision: Option<String>,
    state: Option<String>,
    city: Option<String>,
    county: Option<String>,
    lat: Option<f64>,
    lon: Option<f64>,
    killed: Option<u32>,
    injured: Option<u32>,
    arrested: Option<u32>,
    /// "name (role, status, age)" joined with "; " — one cell in CSV.
    participants: String,
    reports: usize,
    /// Report ids joined with " ".
    sources: String,
    conflicts: usize,
}

#[derive(Serialize)]
struct ReportRow {
    report: String,
    event: String,
    source: Option<String>,
    title: Option<String>,
    published: Option<String>,
    url: Option<String>,
    copy_of: Option<String>,
    relation: Option<String>,
}

fn emit<T: Serialize>(out: &mut dyn Write, rows: &[T], format: &str) -> Result<()> {
    if format == "csv" {
        let mut w = csv::Writer::from_writer(out);
        for r in rows {
            w.serialize(r)?;
        }
        w.flush()?;
    } else {
        for r in rows {
            serde_json::to_writer(&mut *out, r)?;
            writeln!(out)?;
        }
    }
    Ok(())
}

/// Writes the rows to `out` (JSON Lines or CSV) or, for Parquet, to the file `parquet_path`.
pub fn write(
    out: &mut dyn Write,
    parquet_path: Option<&std::path::Path>,
    store: &Store,
    what: &str,
    format: &str,
) -> Result<()> {
    if what == "reports" {
        let mut rows = Vec::new();
        for e in store.events()? {
            let Some(detail) = store.event(&e.id)? else {
                continue;
            };
            for r in detail.reports {
                rows.push(ReportRow {
                    report: r.raw.id.clone(),
                    event: e.id.clone(),
                    source: r.clean.source.clone(),
                    title: r.clean.title.clone(),
                    published: r.clean.published.map(|d| d.to_string()),
                    url: r.clean.url.clone(),
                    copy_of: r.copy_of.clone(),
                    relation: r.relation.clone(),
                });
            }
        }
        if format == "parquet" {
            return parquet_out::reports(parquet_path, &rows);
        }
        return emit(out, &rows, format);
    }
    let mut rows = Vec::new();
    for e in store.events()? {
        let Some(detail) = store.event(&e.id)? else {
            continue;
        };
        let inc = &detail.incident;
        let participants: Vec<String> = inc
            .participants
            .iter()
            .map(|p| {
                let mut bits = vec![format!("{:?}", p.role).to_lowercase()];
                if let Some(s) = p.status {
                    bits.push(format!("{s:?}").to_lowercase());
                }
                if let Some(a) = p.age {
                    bits.push(a.to_string());
                } else if let Some((lo, hi)) = p.age_range {
                    bits.push(format!("age {lo}-{hi}"));
                }
                if let Some(g) = p.gender {
                    bits.push(format!("{g:?}").to_lowercase());
                }
                format!(
                    "{} ({})",
                    p.name.as_deref().unwrap_or("unnamed"),
                    bits.join(", ")
                )
            })
            .collect();
        let ids: Vec<&str> = detail.reports.iter().map(|r| r.raw.id.as_str()).collect();
        rows.push(EventRow {
            event: e.id.clone(),
            kind: inc.kind.as_str().to_string(),
            date: inc.date.value.clone(),
            date_precision: inc.date.precision.map(|p| format!("{p:?}").to_lowercase()),
            state: inc.place.state.clone(),
            city: inc.place.city.clone(),
            county: inc.place.county.clone(),
            lat: inc.place.lat,
            lon: inc.place.lon,
            killed: inc.killed.value,
            injured: inc.injured.value,
            arrested: inc.arrested.value,
            participants: participants.join("; "),
            reports: ids.len(),
            sources: ids.join(" "),
            conflicts: inc.conflicts.len(),
        });
    }
    if format == "parquet" {
        return parquet_out::events(parquet_path, &rows);
    }
    emit(out, &rows, format)
}

/// Parquet output (the `parquet` cargo feature: the Arrow and Parquet crates are a large
/// build, so the default binary leaves them out). Columns and values are the JSON Lines rows',
/// typed: text as UTF-8 strings, counts as unsigned integers, coordinates as doubles, all
/// nullable.
#[cfg(feature = "parquet")]
mod parquet_out {
    use std::path::Path;
    use std::sync::Arc;

    use anyhow::{Context, Result};
    use arrow_array::{ArrayRef, Float64Array, RecordBatch, StringArray, UInt32Array, UInt64Array};
    use arrow_schema::{DataType, Field, Schema};
    use parquet::arrow::ArrowWriter;
    use parquet::basic::Compression;
    use parquet::file::properties::WriterProperties;

    use super::{EventRow, ReportRow};

    #[derive(Default)]
    struct Columns {
        fields: Vec<Field>,
        arrays: Vec<ArrayRef>,
    }

    impl Columns {
        fn text<'a>(&mut self, name: &str, values: impl Iterator<Item = Option<&'a str>>) {
            self.fields.push(Field::new(name, DataType::Utf8, true));
            self.arrays.push(Arc::new(values.collect::<StringArray>()));
        }

        fn count(&mut self, name: &str, values: impl Iterator<Item = Option<u32>>) {
            self.fields.push(Field::new(name, DataType::UInt32, true));
            self.arrays.push(Arc::new(values.collect::<UInt32Array>()));
        }

        fn number(&mut self, name: &str, values: impl Iterator<Item = Option<u64>>) {
            self.fields.push(Field::new(name, DataType::UInt64, true));
            self.arrays.push(Arc::new(values.collect::<UInt64Array>()));
        }

        fn float(&mut self, name: &str, values: impl Iterator<Item = Option<f64>>) {
            self.fields.push(Field::new(name, DataType::Float64, true));
            self.arrays.push(Arc::new(values.collect::<Float64Array>()));
        }

        fn write(self, path: Option<&Path>) -> Result<()> {
            let path =
                path.context("--format parquet writes a file: name it with --output PATH")?;
            let schema = Arc::new(Schema::new(self.fields));
            let batch = RecordBatch::try_new(schema.clone(), self.arrays)?;
            let file = std::fs::File::create(path)
                .with_context(|| format!("cannot create {}", path.display()))?;
            let props = WriterProperties::builder()
                .set_compression(Compression::SNAPPY)
                .build();
            let mut w = ArrowWriter::try_new(file, schema, Some(props))?;
            w.write(&batch)?;
            w.close()
                .with_context(|| format!("cannot write {}", path.display()))?;
            Ok(())
        }
    }

    pub fn events(path: Option<&Path>, rows: &[EventRow]) -> Result<()> {
        let mut c = Columns::default();
        c.text("event", rows.iter().map(|r| Some(r.event.as_str())));
        c.text("kind", rows.iter().map(|r| Some(r.kind.as_str())));
        c.text("date", rows.iter().map(|r| r.date.as_deref()));
        c.text(
            "date_precision",
            rows.iter().map(|r| r.date_precision.as_deref()),
        );
        c.text("state", rows.iter().map(|r| r.state.as_deref()));
        c.text("city", rows.iter().map(|r| r.city.as_deref()));
        c.text("county", rows.iter().map(|r| r.county.as_deref()));
        c.float("lat", rows.iter().map(|r| r.lat));
        c.float("lon", rows.iter().map(|r| r.lon));
        c.count("killed", rows.iter().map(|r| r.killed));
        c.count("injured", rows.iter().map(|r| r.injured));
        c.count("arrested", rows.iter().map(|r| r.arrested));
        c.text(
            "participants",
            rows.iter().map(|r| Some(r.participants.as_str())),
        );
        c.number("reports", rows.iter().map(|r| Some(r.reports as u64)));
        c.text("sources", rows.iter().map(|r| Some(r.sources.as_str())));
        c.number("conflicts", rows.iter().map(|r| Some(r.conflicts as u64)));
        c.write(path)
    }

    pub fn reports(path: Option<&Path>, rows: &[ReportRow]) -> Result<()> {
        let mut c = Columns::default();
        c.text("report", rows.iter().map(|r| Some(r.report.as_str())));
        c.text("event", rows.iter().map(|r| Some(r.event.as_str())));
        c.text("source", rows.iter().map(|r| r.source.as_deref()));
        c.text("title", rows.iter().map(|r| r.title.as_deref()));
        c.text("published", rows.iter().map(|r| r.published.as_deref()));
        c.text("url", rows.iter().map(|r| r.url.as_deref()));
        c.text("copy_of", rows.iter().map(|r| r.copy_of.as_deref()));
        c.text("relation", rows.iter().map(|r| r.relation.as_deref()));
        c.write(path)
    }
}

/// Without the `parquet` feature: a clear error naming the rebuild.
#[cfg(not(feature = "parquet"))]
mod parquet_out {
    use std::path::Path;

    use anyhow::{Result, bail};

    use super::{EventRow, ReportRow};

    fn missing() -> Result<()> {
        bail!(
            "this storyfold was built without Parquet support; rebuild it with `cargo build --release --features parquet`"
        )
    }

    pub fn events(_: Option<&Path>, _: &[EventRow]) -> Result<()> {
        missing()
    }

    pub fn reports(_: Option<&Path>, _: &[ReportRow]) -> Result<()> {
        missing()
    }
}
