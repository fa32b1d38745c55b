//! WARC files (`.warc`, `.warc.gz`, multi-member gzip as in Common Crawl's CC-NEWS): each
//! `response` record with an HTTP 200 HTML payload becomes a report (id = the record id,
//! url = the target URI, fetch date as the fallback publication date). Other records are
//! skipped and counted. Written here: the format is a simple header block plus a
//! length-prefixed payload, and a streaming reader needs nothing more than that.

use std::io::{BufRead, Read};

/// Largest WARC record payload read into memory.
pub const MAX_RECORD_BYTES: u64 = 16 * 1024 * 1024;

/// One WARC record's header fields of interest and its payload.
#[derive(Debug, Default)]
pub struct Record {
    pub kind: String,
    pub id: Option<String>,
    pub target: Option<String>,
    pub date: Option<String>,
    pub content_type: Option<String>,
    pub payload: Vec<u8>,
}

/// What became of one record.
pub enum Outcome {
    /// An HTML response: (record, HTML text).
    Page(Record, String),
    /// Skipped on purpose (request, metadata, non-200, non-HTML), with the reason.
    Skipped(String),
}

/// Reads the next record; `Ok(None)` at the end of the file.
pub fn next_record(r: &mut impl BufRead) -> Result<Option<Record>, String> {
    let mut line = String::new();
    // Skip blank lines between records.
    loop {
        line.clear();
        let n = r
            .read_line(&mut line)
            .map_err(|e| format!("cannot read: {e}"))?;
        if n == 0 {
            return Ok(None);
        }
        if !line.trim().is_empty() {
            break;
        }
    }
    if !line.starts_with("WARC/") {
        return Err(format!("not a WARC record header: {:?}", line.trim()));
    }
    let mut rec = Record::default();
    let mut length: Option<u64> = None;
    loop {
        line.clear();
        let n = r
            .read_line(&mut line)
            .map_err(|e| format!("cannot read: {e}"))?;
        if n == 0 {
            return Err("truncated WARC header".into());
        }
        let l = line.trim_end();
        if l.is_empty() {
            break;
        }
        let Some((k, v)) = l.split_once(':') else {
            continue;
        };
        let v = v.trim().to_string();
        match k.trim().to_ascii_lowercase().as_str() {
            "warc-type" => rec.kind = v,
            "warc-record-id" => rec.id = Some(v.trim_matches(['<', '>']).to_string()),
            "warc-target-uri" => rec.target = Some(v),
            "warc-date" => rec.date = Some(v),
            "content-type" => rec.content_type = Some(v),
            "content-length" => length = v.parse().ok(),
            _ => {}
        }
    }
    let length = length.ok_or("WARC record without Content-Length")?;
    if length > MAX_RECORD_BYTES {
        // Skip the payload without keeping it.
        std::io::copy(&mut r.take(length), &mut std::io::sink())
            .map_err(|e| format!("cannot read: {e}"))?;
        rec.kind = format!("oversized ({length} bytes) {}", rec.kind);
        return Ok(Some(rec));
    }
    r.take(length)
        .read_to_end(&mut rec.payload)
        .map_err(|e| format!("cannot read: {e}"))?;
    if (rec.payload.len() as u64) < length {
        return Err("truncated WARC record".into());
    }
    Ok(Some(rec))
}

/// Classifies a record: an HTML page (HTTP status 200) or a reason to skip it.
pub fn classify(rec: Record) -> Outcome {
    if rec.kind != "response" {
        return Outcome::Skipped(format!(
            "{} record",
            if rec.kind.is_empty() {
                "untyped"
            } else {
                &rec.kind
            }
        ));
    }
    let p = &rec.payload;
    let split = p
        .windows(4)
        .position(|w| w == b"\r\n\r\n")
        .map(|i| (i, i + 4))
        .or_else(|| p.windows(2).position(|w| w == b"\n\n").map(|i| (i, i + 2)));
    let Some((head_end, body_start)) = split else {
        return Outcome::Skipped("response without HTTP headers".into());
    };
    let head = String::from_utf8_lossy(&p[..head_end]).to_string();
    let status = head
        .lines()
        .next()
        .and_then(|l| l.split_whitespace().nth(1))
        .unwrap_or("");
    if status != "200" {
        return Outcome::Skipped(format!("HTTP status {status}"));
    }
    let html = head.lines().any(|l| {
        let l = l.to_ascii_lowercase();
        l.starts_with("content-type:") && (l.contains("text/html") || l.contains("xhtml"))
    });
    if !html {
        return Outcome::Skipped("not HTML".into());
    }
    let body = String::from_utf8_lossy(&p[body_start..]).into_owned();
    Outcome::Page(rec, body)
}

/// Writes one WARC record (for tests and for building WARC files from pages).
pub fn write_record(
    out: &mut Vec<u8>,
    kind: &str,
    id: &str,
    target: &str,
    date: &str,
    content_type: &str,
    payload: &[u8],
) {
    let head = format!(
        "WARC/1.0\r\nWARC-Type: {kind}\r\nWARC-Record-ID: <{id}>\r\nWARC-Target-URI: {target}\r\nWARC-Date: {date}\r\nContent-Type: {content_type}\r\nContent-Length: {}\r\n\r\n",
        payload.len()
    );
    out.extend_from_slice(head.as_bytes());
    out.extend_from_slice(payload);
    out.extend_from_slice(b"\r\n\r\n");
}

/// An HTTP response payload for `write_record`.
pub fn http_response(status: u16, content_type: &str, body: &str) -> Vec<u8> {
    format!(
        "HTTP/1.1 {status} X\r\nContent-Type: {content_type}\r\nContent-Length: {}\r\n\r\n{body}",
        body.len()
    )
    .into_bytes()
}

#[cfg(test)]
mod tests {
    use super::*;

    const PAGE: &str = "<html><head><title>Man hurt in shooting</title></head><body><article><p>A man was wounded late Friday on Oak Street in Dayton, Ohio, police said. He is expected to survive.</p><p>Police have not named a suspect and asked witnesses to call the tip line.</p></article></body></html>";

    fn sample() -> Vec<u8> {
        let mut w = Vec::new();
        write_record(
            &mut w,
            "warcinfo",
            "urn:uuid:0",
            "",
            "2025-03-08T10:00:00Z",
            "application/warc-fields",
            b"software: test\r\n",
        );
        write_record(
            &mut w,
            "request",
            "urn:uuid:1",
            "https://x.example/a",
            "2025-03-08T10:00:00Z",
            "application/http; msgtype=request",
            b"GET /a HTTP/1.1\r\n\r\n",
        );
        write_record(
            &mut w,
            "response",
            "urn:uuid:2",
            "https://x.example/a",
            "2025-03-08T10:00:01Z",
            "application/http; msgtype=response",
            &http_response(200, "text/html; charset=utf-8", PAGE),
        );
        write_record(
            &mut w,
            "response",
            "urn:uuid:3",
            "https://x.example/b",
            "2025-03-08T10:00:02Z",
            "application/http; msgtype=response",
            &http_response(404, "text/html", "<html>gone</html>"),
        );
        write_record(
            &mut w,
            "response",
            "urn:uuid:4",
            "https://x.example/c.jpg",
            "2025-03-08T10:00:03Z",
            "application/http; msgtype=response",
            &http_response(200, "image/jpeg", "JPEG"),
        );
        w
    }

    #[test]
    fn pages_are_read_and_other_records_skipped() {
        let data = sample();
        let mut r = std::io::BufReader::new(&data[..]);
        let mut pages = Vec::new();
        let mut skipped = Vec::new();
        while let Some(rec) = next_record(&mut r).unwrap() {
            match classify(rec) {
                Outcome::Page(rec, html) => {
                    pages.push((rec.id.unwrap(), rec.target.unwrap(), html))
                }
                Outcome::Skipped(why) => skipped.push(why),
            }
        }
        assert_eq!(pages.len(), 1);
        assert_eq!(pages[0].0, "urn:uuid:2");
        assert!(pages[0].2.contains("Oak Street"));
        assert_eq!(
            skipped,
            vec![
                "warcinfo record",
                "request record",
                "HTTP status 404",
                "not HTML"
            ]
        );
    }

    #[test]
    fn truncation_is_an_error() {
        let data = sample();
        let cut = &data[..data.len() / 2];
        let mut r = std::io::BufReader::new(cut);
        let mut result = Ok(None);
        for _ in 0..10 {
            result = next_record(&mut r);
            if !matches!(result, Ok(Some(_))) {
                break;
            }
        }
        assert!(result.is_err(), "{result:?}");
    }
}
