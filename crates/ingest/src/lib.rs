//! Readers: files and directories on disk become [`RawReport`]s.
//!
//! Invariants:
//! - this is the only crate that opens input files;
//! - a file or line that cannot be read becomes a [`ReadError`] naming the input and what is
//!   wrong, and reading goes on with the next one: one bad input never stops a batch;
//! - directories are walked in sorted order, so the same tree always yields the same reports in
//!   the same order;
//! - report ids follow the output contract: a JSONL line's `id`, else `<path>:<line>`; a file's
//!   path relative to the directory named, or its own name when the file itself was named.

use std::fs::File;
use std::io::{BufRead, BufReader, Read};
use std::path::{Path, PathBuf};

use flate2::read::MultiGzDecoder;
use rayon::prelude::*;
use storyfold_model::RawReport;

pub mod feed;
pub mod html;
mod jsonl;
mod text;
pub mod warc;

pub use jsonl::parse_jsonl_line;
pub use text::parse_text_report;

/// Largest input line or text file accepted, in bytes (decompressed). Larger inputs are
/// skipped with an error rather than read into memory.
pub const MAX_REPORT_BYTES: u64 = 16 * 1024 * 1024;

/// Why one input (a file, or one line of a JSONL file) could not be read as a report.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{input}{}: {message}", line.map(|l| format!(":{l}")).unwrap_or_default())]
pub struct ReadError {
    pub input: String,
    pub line: Option<usize>,
    pub message: String,
}

impl ReadError {
    fn new(input: &Path, line: Option<usize>, message: impl Into<String>) -> Self {
        ReadError {
            input: input.display().to_string(),
            line,
            message: message.into(),
        }
    }
}

/// The formats a file can hold, decided by its name.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Text {
        gzip: bool,
    },
    Jsonl {
        gzip: bool,
    },
    Html {
        gzip: bool,
    },
    Warc {
        gzip: bool,
    },
    /// RSS or Atom (`.rss`, `.atom`, `.xml`).
    Feed {
        gzip: bool,
    },
}

impl Format {
    pub fn of(path: &Path) -> Option<Format> {
        let name = path.file_name()?.to_str()?.to_ascii_lowercase();
        let (stem, gzip) = match name.strip_suffix(".gz") {
            Some(stem) => (stem.to_string(), true),
            None => (name, false),
        };
        if stem.ends_with(".txt") {
            Some(Format::Text { gzip })
        } else if stem.ends_with(".jsonl") || stem.ends_with(".ndjson") {
            Some(Format::Jsonl { gzip })
        } else if stem.ends_with(".html") || stem.ends_with(".htm") {
            Some(Format::Html { gzip })
        } else if stem.ends_with(".warc") {
            Some(Format::Warc { gzip })
        } else if stem.ends_with(".rss") || stem.ends_with(".atom") || stem.ends_with(".xml") {
            Some(Format::Feed { gzip })
        } else {
            None
        }
    }
}

/// One file to read and the id it (or its lines) will carry.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct InputFile {
    pub path: PathBuf,
    pub format: Format,
    /// Id of a single-report file: the path relative to the root named, or the file name.
    pub label: String,
}

/// Expands the paths named on the command line into the files to read, in a stable order.
/// A named path that does not exist, or a named file of an unknown format, is an error;
/// files of unknown formats found inside directories are left out silently (READMEs, images).
pub fn discover(paths: &[PathBuf]) -> (Vec<InputFile>, Vec<ReadError>) {
    let mut files = Vec::new();
    let mut errors = Vec::new();
    for root in paths {
        let meta = match std::fs::metadata(root) {
            Ok(m) => m,
            Err(e) => {
                errors.push(ReadError::new(root, None, format!("cannot open: {e}")));
                continue;
            }
        };
        if meta.is_dir() {
            walk(root, root, &mut files, &mut errors);
        } else {
            match Format::of(root) {
                Some(format) => {
                    let label = root.file_name().map(|n| n.to_string_lossy().into_owned());
                    files.push(InputFile {
                        path: root.clone(),
                        format,
                        label: label.unwrap_or_else(|| root.display().to_string()),
                    });
                }
                None => errors.push(ReadError::new(
                    root,
                    None,
                    "unknown format (expected .txt, .jsonl, .html, .warc, .rss, .atom, .xml, optionally .gz)",
                )),
            }
        }
    }
    (files, errors)
}

fn walk(root: &Path, dir: &Path, files: &mut Vec<InputFile>, errors: &mut Vec<ReadError>) {
    let entries = match std::fs::read_dir(dir) {
        Ok(e) => e,
        Err(e) => {
            errors.push(ReadError::new(
                dir,
                None,
                format!("cannot list directory: {e}"),
            ));
            return;
        }
    };
    let mut paths: Vec<PathBuf> = entries.filter_map(|e| e.ok().map(|e| e.path())).collect();
    paths.sort();
    for path in paths {
        if path.is_dir() {
            walk(root, &path, files, errors);
        } else if let Some(format) = Format::of(&path) {
            let rel = path.strip_prefix(root).unwrap_or(&path);
            let label = rel.to_string_lossy().replace('\\', "/");
            files.push(InputFile {
                path,
                format,
                label,
            });
        }
    }
}

fn open(path: &Path, gzip: bool) -> std::io::Result<Box<dyn Read>> {
    let file = File::open(path)?;
    Ok(if gzip {
        Box::new(MultiGzDecoder::new(file))
    } else {
        Box::new(file)
    })
}

/// Reads one input file, handing each report and each error to the callbacks in order.
pub fn read_file(
    input: &InputFile,
    on_report: &mut dyn FnMut(RawReport),
    on_error: &mut dyn FnMut(ReadError),
) {
    match input.format {
        Format::Text { gzip } => match read_text_file(&input.path, gzip) {
            Ok(text) => match parse_text_report(&input.label, &text) {
                Ok(report) => on_report(report),
                Err(message) => on_error(ReadError::new(&input.path, None, message)),
            },
            Err(message) => on_error(ReadError::new(&input.path, None, message)),
        },
        Format::Jsonl { gzip } => read_jsonl_file(&input.path, gzip, on_report, on_error),
        Format::Html { gzip } => match read_bytes(&input.path, gzip, MAX_REPORT_BYTES) {
            Ok(bytes) => match html::parse_html_report(
                &input.label,
                &String::from_utf8_lossy(&bytes),
                None,
                None,
            ) {
                Ok(report) => on_report(report),
                Err(message) => on_error(ReadError::new(&input.path, None, message)),
            },
            Err(message) => on_error(ReadError::new(&input.path, None, message)),
        },
        Format::Warc { gzip } => read_warc_file(&input.path, gzip, on_report, on_error),
        Format::Feed { gzip } => match read_bytes(&input.path, gzip, feed::MAX_FEED_BYTES)
            .and_then(|bytes| feed::parse_feed(&input.label, &bytes))
        {
            Ok(items) => {
                items.reports.into_iter().for_each(&mut *on_report);
                if !items.skipped.is_empty() {
                    eprintln!(
                        "storyfold: {}: {} feed items not read as reports (fewer than {} words: teasers without the full text)",
                        input.path.display(),
                        items.skipped.len(),
                        feed::MIN_ITEM_WORDS
                    );
                }
            }
            Err(message) => on_error(ReadError::new(&input.path, None, message)),
        },
    }
}

/// Reads a WARC file record by record; pages become reports, other records are counted and
/// summed up in one line on stderr.
fn read_warc_file(
    path: &Path,
    gzip: bool,
    on_report: &mut dyn FnMut(RawReport),
    on_error: &mut dyn FnMut(ReadError),
) {
    let mut reader = match open_buffered(path, gzip) {
        Ok(r) => r,
        Err(e) => return on_error(e),
    };
    let mut n = 0usize;
    let mut skipped: std::collections::BTreeMap<String, usize> = std::collections::BTreeMap::new();
    loop {
        n += 1;
        let rec = match warc::next_record(&mut reader) {
            Ok(Some(rec)) => rec,
            Ok(None) => break,
            Err(message) => {
                on_error(ReadError::new(
                    path,
                    None,
                    format!("record {n}: {message}; the rest of the file is skipped"),
                ));
                break;
            }
        };
        match warc::classify(rec) {
            warc::Outcome::Page(rec, html) => {
                let id = rec
                    .id
                    .clone()
                    .unwrap_or_else(|| format!("{}#{n}", path.display()));
                let fetched = rec
                    .date
                    .as_deref()
                    .map(|d| d.get(..10).unwrap_or(d).to_string());
                match html::parse_html_report(&id, &html, rec.target.as_deref(), fetched.as_deref())
                {
                    Ok(report) => on_report(report),
                    Err(message) => on_error(ReadError::new(
                        path,
                        None,
                        format!("record {n} ({id}): {message}"),
                    )),
                }
            }
            warc::Outcome::Skipped(why) => *skipped.entry(why).or_default() += 1,
        }
    }
    if !skipped.is_empty() {
        let list: Vec<String> = skipped.iter().map(|(k, v)| format!("{v} {k}")).collect();
        eprintln!(
            "storyfold: {}: records not read as pages: {}",
            path.display(),
            list.join(", ")
        );
    }
}

fn open_buffered(path: &Path, gzip: bool) -> Result<BufReader<Box<dyn Read>>, ReadError> {
    open(path, gzip)
        .map(|r| BufReader::with_capacity(1 << 16, r))
        .map_err(|e| ReadError::new(path, None, format!("cannot open: {e}")))
}

fn read_bytes(path: &Path, gzip: bool, limit: u64) -> Result<Vec<u8>, String> {
    let reader = open(path, gzip).map_err(|e| format!("cannot open: {e}"))?;
    let mut bytes = Vec::new();
    reader
        .take(limit + 1)
        .read_to_end(&mut bytes)
        .map_err(|e| format!("cannot read: {e}"))?;
    if bytes.len() as u64 > limit {
        return Err(format!("larger than {limit} bytes"));
    }
    Ok(bytes)
}

fn read_text_file(path: &Path, gzip: bool) -> Result<String, String> {
    let bytes = read_bytes(path, gzip, MAX_REPORT_BYTES)?;
    if bytes.contains(&0) {
        return Err("binary data (NUL bytes), not a text report".into());
    }
    String::from_utf8(bytes)
        .map_err(|e| format!("invalid UTF-8 at byte {}", e.utf8_error().valid_up_to()))
}

/// Lines parsed together: big enough to keep both cores busy, small enough to bound memory.
const PARSE_BATCH_BYTES: usize = 8 << 20;

fn read_jsonl_file(
    path: &Path,
    gzip: bool,
    on_report: &mut dyn FnMut(RawReport),
    on_error: &mut dyn FnMut(ReadError),
) {
    let mut reader = match open_buffered(path, gzip) {
        Ok(r) => r,
        Err(e) => return on_error(e),
    };
    let label = path.display().to_string();
    // Lines are read in order, parsed in parallel a batch at a time, and handed on in order.
    let mut batch: Vec<(usize, Vec<u8>)> = Vec::new();
    let mut batch_bytes = 0usize;
    let flush = |batch: &mut Vec<(usize, Vec<u8>)>,
                 on_report: &mut dyn FnMut(RawReport),
                 on_error: &mut dyn FnMut(ReadError)| {
        let parsed: Vec<(usize, Result<RawReport, String>)> = batch
            .par_iter()
            .map(|(line_no, bytes)| {
                let result = match std::str::from_utf8(bytes) {
                    Ok(line) => parse_jsonl_line(line, &label, *line_no),
                    Err(_) => Err("invalid UTF-8".to_string()),
                };
                (*line_no, result)
            })
            .collect();
        batch.clear();
        for (line_no, result) in parsed {
            match result {
                Ok(report) => on_report(report),
                Err(message) => on_error(ReadError::new(path, Some(line_no), message)),
            }
        }
    };
    let mut line_no = 0usize;
    loop {
        let mut buf = Vec::new();
        line_no += 1;
        let n = match (&mut reader)
            .take(MAX_REPORT_BYTES + 1)
            .read_until(b'\n', &mut buf)
        {
            Ok(n) => n,
            Err(e) => {
                flush(&mut batch, on_report, on_error);
                on_error(ReadError::new(
                    path,
                    Some(line_no),
                    format!("cannot read: {e}"),
                ));
                return;
            }
        };
        if n == 0 {
            break;
        }
        if n as u64 > MAX_REPORT_BYTES && buf.last() != Some(&b'\n') {
            flush(&mut batch, on_report, on_error);
            on_error(ReadError::new(
                path,
                Some(line_no),
                format!("line longer than {MAX_REPORT_BYTES} bytes"),
            ));
            // Skip the rest of this over-long line.
            loop {
                buf.clear();
                match (&mut reader).take(1 << 20).read_until(b'\n', &mut buf) {
                    Ok(0) => return,
                    Ok(_) if buf.last() == Some(&b'\n') => break,
                    Ok(_) => continue,
                    Err(_) => return,
                }
            }
            continue;
        }
        if buf.iter().all(|b| b.is_ascii_whitespace()) {
            continue;
        }
        batch_bytes += buf.len();
        batch.push((line_no, buf));
        if batch_bytes >= PARSE_BATCH_BYTES {
            flush(&mut batch, on_report, on_error);
            batch_bytes = 0;
        }
    }
    flush(&mut batch, on_report, on_error);
}

/// Reads every input named, in order. Convenience over [`discover`] and [`read_file`].
pub fn read_all(paths: &[PathBuf]) -> (Vec<RawReport>, Vec<ReadError>) {
    let (files, mut errors) = discover(paths);
    let mut reports = Vec::new();
    for file in &files {
        read_file(file, &mut |r| reports.push(r), &mut |e| errors.push(e));
    }
    (reports, errors)
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Write;

    #[test]
    fn directory_ids_are_relative_paths_and_bad_lines_are_counted() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::create_dir(dir.path().join("sub")).unwrap();
        std::fs::write(dir.path().join("sub/a.txt"), "title: A\n\nBody of a.").unwrap();
        std::fs::write(dir.path().join("notes.md"), "ignored").unwrap();
        let mut f = File::create(dir.path().join("b.jsonl")).unwrap();
        writeln!(f, r#"{{"id": 7, "text": "seven"}}"#).unwrap();
        writeln!(f, "{{not json").unwrap();
        writeln!(f, r#"{{"title": "no id", "body": "x"}}"#).unwrap();
        drop(f);
        let (reports, errors) = read_all(&[dir.path().to_path_buf()]);
        let ids: Vec<_> = reports.iter().map(|r| r.id.as_str()).collect();
        let jsonl = dir.path().join("b.jsonl").display().to_string();
        assert_eq!(
            ids,
            vec![
                "7".to_string(),
                format!("{jsonl}:3"),
                "sub/a.txt".to_string()
            ]
        );
        assert_eq!(errors.len(), 1);
        assert_eq!(errors[0].line, Some(2));
        assert!(errors[0].to_string().contains("b.jsonl:2"), "{}", errors[0]);
    }

    #[test]
    fn gzip_and_missing_inputs() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("x.jsonl.gz");
        let mut gz = flate2::write::GzEncoder::new(
            File::create(&path).unwrap(),
            flate2::Compression::fast(),
        );
        gz.write_all(b"{\"id\":\"g1\",\"maintext\":\"hello\"}\n")
            .unwrap();
        gz.finish().unwrap();
        let missing = dir.path().join("nope.txt");
        let (reports, errors) = read_all(&[path, missing]);
        assert_eq!(reports.len(), 1);
        assert_eq!(reports[0].text, "hello");
        assert_eq!(errors.len(), 1);
        assert!(errors[0].message.starts_with("cannot open"));
    }

    #[test]
    fn binary_text_file_is_an_error() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("bin.txt");
        std::fs::write(&path, b"\x00\x01\x02").unwrap();
        let (reports, errors) = read_all(&[path]);
        assert!(reports.is_empty());
        assert!(errors[0].message.contains("binary"));
    }
}
