//! Streaming batch pipeline behind `mujaz summarize`: one reader thread turns inputs into
//! numbered records, N workers summarize them, and the writer puts results back in input
//! order. Records travel in numbered chunks of up to [`CHUNK`] (one channel message each: a
//! message per record cost a thread wake-up per article, a fifth of a one-job run), and a
//! window of in-flight chunks bounds memory however large the input is.

use std::fs::File;
use std::io::{BufRead, BufReader, Read, Write};
use std::path::{Path, PathBuf};
use std::sync::mpsc::{sync_channel, Receiver, SyncSender};
use std::sync::{Arc, Mutex};

use serde_json::{Map, Value};

/// How an input is split into records.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub enum Shape {
    /// The whole input is one article.
    Text,
    /// One JSON object per line.
    Jsonl,
    /// One article per line.
    Lines,
    /// The whole input is one HTML page.
    Html,
}

/// Field names and options for JSONL records.
#[derive(Clone, Debug)]
pub struct RecordOptions {
    /// JSONL field holding the article text.
    pub text_field: String,
    /// JSONL field holding the record id (echoed in the output).
    pub id_field: String,
    /// JSONL field holding the title.
    pub title_field: String,
    /// Read titles from records (off with `--no-title`).
    pub use_title: bool,
    /// Pass the record's other fields through to the output.
    pub keep_fields: bool,
    /// The text's first line is a reference summary, not part of the article.
    pub first_line_is_summary: bool,
    /// The text's first line (after a reference summary's) is the article's title: it is
    /// used as the title unless the record has one, and is not part of the article.
    pub first_line_is_title: bool,
    /// Largest article accepted, in bytes; a larger one is an error record.
    pub max_bytes: usize,
    /// Title for records that have none (`--title`).
    pub default_title: Option<String>,
    /// Every article is HTML (`--html`); HTML-shaped sources are, whatever this says.
    pub html: bool,
    /// The encoding of text, HTML and line inputs (`--encoding`); `None` is UTF-8, or for an
    /// HTML page that is not UTF-8, the charset its `<meta>` declares.
    pub encoding: Option<&'static encoding_rs::Encoding>,
}

/// Most records in one chunk. A chunk also ends at [`CHUNK_BYTES`] of input (large
/// articles travel a few at a time, so the window bounds memory as before), and when stdin
/// has nothing more buffered, so records typed or piped in slowly are answered at once.
pub const CHUNK: usize = 32;
/// Input bytes after which a chunk is sent even if it holds fewer than [`CHUNK`] records.
pub const CHUNK_BYTES: usize = 1 << 20;

/// Consecutive records, numbered in input order.
#[derive(Debug)]
pub struct Chunk {
    /// Position of the chunk in the input stream (output order).
    pub seq: u64,
    /// Its records, in input order.
    pub records: Vec<Record>,
}

/// A chunk's results: per record, whether it succeeded and its output line.
pub type Done = (u64, Vec<(bool, String)>);

/// Collects records into chunks and sends them, one window slot per chunk.
struct ChunkSender {
    tx: SyncSender<Chunk>,
    window: SyncSender<()>,
    records: Vec<Record>,
    bytes: usize,
    seq: u64,
}

impl ChunkSender {
    /// Add a record, sending the chunk when it is full. False when the pipeline is gone.
    fn push(&mut self, rec: Record) -> bool {
        self.bytes += rec.input_len();
        self.records.push(rec);
        (self.records.len() < CHUNK && self.bytes < CHUNK_BYTES) || self.flush()
    }

    /// Send what is collected (if anything). False when the pipeline is gone.
    fn flush(&mut self) -> bool {
        if self.records.is_empty() {
            return true;
        }
        if self.window.send(()).is_err() {
            return false;
        }
        let chunk = Chunk {
            seq: self.seq,
            records: std::mem::replace(&mut self.records, Vec::with_capacity(CHUNK)),
        };
        self.bytes = 0;
        self.seq += 1;
        self.tx.send(chunk).is_ok()
    }
}

/// A record's outcome before summarizing: the article, or (error kind, message).
pub type Payload = Result<Article, (String, String)>;

/// An article ready to summarize.
#[derive(Clone, Debug)]
pub struct Article {
    /// The article text.
    pub text: String,
    /// Its title, if one is used.
    pub title: Option<String>,
    /// The reference summary taken from its first line (`--first-line-is-summary`).
    pub reference: Option<String>,
    /// The text is HTML: its markup is left out and its offsets index the HTML.
    pub html: bool,
}

/// One input record.
#[derive(Debug)]
pub struct Record {
    /// The record's id (from its id field, else null).
    pub id: Value,
    /// The file (or `<stdin>`) it came from.
    pub source: String,
    /// The article, or why there is none.
    pub payload: Payload,
    /// Fields passed through with `--keep-fields`.
    pub extra: Map<String, Value>,
    /// A JSONL line not parsed yet: workers parse it, so the reader thread stays light.
    pub raw_json: Option<Vec<u8>>,
}

impl Record {
    /// Bytes of input it holds (its pending JSONL line or its article).
    pub fn input_len(&self) -> usize {
        match (&self.raw_json, &self.payload) {
            (Some(raw), _) => raw.len(),
            (None, Ok(a)) => a.text.len(),
            (None, Err(_)) => 0,
        }
    }

    /// Parse a pending JSONL line into id, payload and extra fields.
    pub fn parse(&mut self, opts: &RecordOptions) {
        if let Some(raw) = self.raw_json.take() {
            let (id, payload, extra) = json_record(raw, opts);
            self.id = id;
            self.payload = payload;
            self.extra = extra;
        }
    }
}

/// One input source.
#[derive(Clone, Debug)]
pub struct Source {
    /// `None` is stdin.
    pub path: Option<PathBuf>,
    /// How it splits into records.
    pub shape: Shape,
    /// An error found while listing (unreadable directory, missing file).
    pub error: Option<String>,
}

impl Source {
    /// Its name in output records and messages.
    pub fn name(&self) -> String {
        match &self.path {
            None => "<stdin>".to_string(),
            Some(p) => p.display().to_string(),
        }
    }
}

/// The text after its first line, and that line trimmed (`None` when `take` is false).
fn split_first_line(text: String, take: bool) -> (String, Option<String>) {
    if !take {
        return (text, None);
    }
    match text.split_once('\n') {
        Some((first, rest)) => (rest.to_string(), Some(first.trim().to_string())),
        None => (String::new(), Some(text.trim().to_string())),
    }
}

/// An article from a record's text. An HTML page's lines are no summary or title (its
/// `<h1>` or `<title>` is the title, see [`mujaz_text::html`]).
fn article(text: String, title: Option<String>, html: bool, opts: &RecordOptions) -> Article {
    if html {
        return Article {
            text,
            title,
            reference: None,
            html,
        };
    }
    let (text, reference) = split_first_line(text, opts.first_line_is_summary);
    let (text, title_line) = split_first_line(text, opts.first_line_is_title);
    Article {
        text,
        title: title.or(title_line.filter(|t| !t.is_empty())),
        reference,
        html,
    }
}

/// The UTF-8 byte order mark, which Windows tools write before a file's first line.
pub const UTF8_BOM: &[u8] = b"\xEF\xBB\xBF";

/// The UTF-16 encoding whose byte order mark opens `bytes`, and the mark's length: a whole
/// file saved as "Unicode" (Windows Notepad's name for UTF-16LE) opens with one.
pub fn utf16_bom(bytes: &[u8]) -> Option<(&'static encoding_rs::Encoding, usize)> {
    encoding_rs::Encoding::for_bom(bytes).filter(|(e, _)| *e != encoding_rs::UTF_8)
}

/// The text of a text, HTML or line record: decoded from `--encoding` when one is given, else
/// UTF-8, else (an HTML page) from the charset its `<meta>` declares. Byte offsets in the
/// output then index the text as decoded (UTF-8). A whole file (`whole`) that opens with a
/// UTF-16 byte order mark is UTF-16 whatever else is said, as browsers read one.
fn decode(
    bytes: Vec<u8>,
    html: bool,
    whole: bool,
    opts: &RecordOptions,
) -> Result<String, (String, String)> {
    if let Some((enc, bom)) = utf16_bom(&bytes).filter(|_| whole) {
        return decode_as(&bytes[bom..], enc);
    }
    if let Some(enc) = opts.encoding.filter(|e| *e != encoding_rs::UTF_8) {
        return decode_as(&bytes, enc);
    }
    let not_utf8 = match String::from_utf8(bytes) {
        Ok(text) => return Ok(text),
        Err(e) => e,
    };
    let bytes = not_utf8.as_bytes();
    match html.then(|| declared_charset(bytes)).flatten() {
        Some(enc) if enc != encoding_rs::UTF_8 => decode_as(bytes, enc),
        _ => {
            let (kind, message) = invalid_utf8(not_utf8.utf8_error().valid_up_to());
            Err((
                kind,
                format!("{message} (another encoding? name it with --encoding)"),
            ))
        }
    }
}

/// `bytes` decoded from `enc`; bytes it cannot decode are an `invalid_encoding` error.
pub fn decode_as(
    bytes: &[u8],
    enc: &'static encoding_rs::Encoding,
) -> Result<String, (String, String)> {
    match enc.decode_without_bom_handling_and_without_replacement(bytes) {
        Some(text) => Ok(text.into_owned()),
        None => Err((
            "invalid_encoding".to_string(),
            format!("not valid {}", enc.name()),
        )),
    }
}

/// The charset an HTML page declares in its first 1,024 bytes (`<meta charset=...>` or
/// `content="text/html; charset=..."`), as browsers prescan for it; ASCII-compatible
/// encodings only (a page that says UTF-16 in ASCII is not UTF-16).
pub fn declared_charset(bytes: &[u8]) -> Option<&'static encoding_rs::Encoding> {
    let head = &bytes[..bytes.len().min(1024)];
    let lower = head.to_ascii_lowercase();
    let mut at = 0;
    while let Some(p) = lower[at..].windows(8).position(|w| w == b"charset=") {
        let mut i = at + p + 8;
        while matches!(lower.get(i), Some(b'"' | b'\'' | b' ')) {
            i += 1;
        }
        let start = i;
        while lower
            .get(i)
            .is_some_and(|b| b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b':' | b'.'))
        {
            i += 1;
        }
        if let Some(enc) = encoding_rs::Encoding::for_label(&lower[start..i]) {
            if enc.is_ascii_compatible() {
                return Some(enc);
            }
        }
        at = i.max(at + p + 8);
    }
    None
}

/// The error payload of a record whose bytes stop being UTF-8 at `offset`.
fn invalid_utf8(offset: usize) -> (String, String) {
    (
        "invalid_utf8".to_string(),
        format!("invalid UTF-8 at byte offset {offset}"),
    )
}

/// Parse one JSONL line into (id, article or error, passed-through fields). Never fails:
/// bad UTF-8, bad JSON and missing fields become error payloads.
pub fn json_record(line: Vec<u8>, opts: &RecordOptions) -> (Value, Payload, Map<String, Value>) {
    // The line is only borrowed as text for the parser, so a SIMD check is all it needs (the
    // standard one was a tenth of a one-job run on Arabic JSONL).
    let text = match simdutf8::compat::from_utf8(&line) {
        Ok(t) => t,
        Err(e) => return (Value::Null, Err(invalid_utf8(e.valid_up_to())), Map::new()),
    };
    let mut obj = match serde_json::from_str::<Value>(text) {
        Ok(Value::Object(o)) => o,
        Ok(_) => {
            return (
                Value::Null,
                Err(("invalid_json".into(), "not a JSON object".into())),
                Map::new(),
            )
        }
        Err(e) => {
            return (
                Value::Null,
                Err(("invalid_json".into(), e.to_string())),
                Map::new(),
            )
        }
    };
    let id = obj.get(&opts.id_field).cloned().unwrap_or(Value::Null);
    let title = if opts.use_title {
        obj.get(&opts.title_field)
            .and_then(|v| v.as_str())
            .map(str::to_string)
            .or_else(|| opts.default_title.clone())
    } else {
        opts.default_title.clone()
    };
    // Take the text out of the object rather than copying it; shifting the fields after it
    // (`remove` swapped the last field into its place, and kept fields came out of order).
    let payload = match obj.shift_remove(&opts.text_field) {
        Some(Value::String(t)) => Ok(article(t, title, opts.html, opts)),
        Some(_) => Err((
            "invalid_field".into(),
            format!("field '{}' is not a string", opts.text_field),
        )),
        None => Err((
            "missing_field".into(),
            format!("no field '{}'", opts.text_field),
        )),
    };
    let extra = if opts.keep_fields {
        obj.into_iter()
            .filter(|(k, _)| *k != opts.id_field)
            .collect()
    } else {
        Map::new()
    };
    (id, payload, extra)
}

/// Read one line of at most `max` bytes; a longer line is consumed and reported as `Err(len)`.
fn read_line_limited(
    r: &mut impl BufRead,
    max: usize,
    buf: &mut Vec<u8>,
) -> std::io::Result<Option<Result<(), usize>>> {
    buf.clear();
    let mut total = 0usize;
    let mut over = false;
    loop {
        let chunk = r.fill_buf()?;
        if chunk.is_empty() {
            return Ok(if total == 0 {
                None
            } else if over {
                Some(Err(total))
            } else {
                Some(Ok(()))
            });
        }
        // memchr: a byte loop here had cost 5 % of a JSONL run's instructions.
        let (part, done) = match memchr::memchr(b'\n', chunk) {
            Some(p) => (&chunk[..p], Some(p + 1)),
            None => (chunk, None),
        };
        total += part.len();
        if !over && buf.len() + part.len() <= max {
            buf.extend_from_slice(part);
        } else if !over {
            over = true;
            buf.clear();
        }
        let used = done.unwrap_or(part.len());
        r.consume(used);
        if done.is_some() {
            return Ok(Some(if over { Err(total) } else { Ok(()) }));
        }
    }
}

/// The reader: every source becomes records sent in order, in chunks. Blocks on the window.
pub fn read_sources(
    sources: Vec<Source>,
    stdin: Option<BufReader<std::io::Stdin>>,
    opts: RecordOptions,
    tx: SyncSender<Chunk>,
    window: SyncSender<()>,
    progress: impl Fn(u64),
) {
    let mut out = ChunkSender {
        tx,
        window,
        records: Vec::with_capacity(CHUNK),
        bytes: 0,
        seq: 0,
    };
    if read_into(sources, stdin, &opts, &mut out, progress) {
        out.flush();
    }
}

/// [`read_sources`]' loop; false when the pipeline is gone.
fn read_into(
    sources: Vec<Source>,
    mut stdin: Option<BufReader<std::io::Stdin>>,
    opts: &RecordOptions,
    out: &mut ChunkSender,
    progress: impl Fn(u64),
) -> bool {
    for src in sources {
        let name = src.name();
        // A source that cannot be read is one error record naming it.
        let opened: Result<Box<dyn Read + Send>, String> = match (&src.error, &src.path) {
            (Some(err), _) => Err(err.clone()),
            // The peeked stdin reader keeps the bytes it already buffered.
            (None, None) => Ok(match stdin.take() {
                Some(r) => Box::new(r),
                None => Box::new(std::io::empty()),
            }),
            (None, Some(p)) => File::open(p)
                .map(|f| Box::new(f) as Box<dyn Read + Send>)
                .map_err(|e| format!("cannot read: {e}")),
        };
        let reader = match opened {
            Ok(r) => r,
            Err(message) => {
                let rec = Record {
                    id: Value::String(name.clone()),
                    source: name.clone(),
                    payload: Err(("io".into(), message)),
                    extra: Map::new(),
                    raw_json: None,
                };
                if !out.push(rec) {
                    return false;
                }
                continue;
            }
        };
        let mut reader = BufReader::with_capacity(1 << 16, reader);
        match src.shape {
            Shape::Text | Shape::Html => {
                let mut bytes = Vec::new();
                let payload = match reader
                    .by_ref()
                    .take(opts.max_bytes as u64 + 1)
                    .read_to_end(&mut bytes)
                {
                    Err(e) => Err(("io".to_string(), format!("cannot read: {e}"))),
                    Ok(n) if n > opts.max_bytes => Err((
                        "too_large".to_string(),
                        format!("more than --max-bytes {} bytes", opts.max_bytes),
                    )),
                    Ok(n) => {
                        progress(n as u64);
                        let html = opts.html || src.shape == Shape::Html;
                        decode(bytes, html, true, opts)
                            .map(|t| article(t, opts.default_title.clone(), html, opts))
                    }
                };
                let rec = Record {
                    id: Value::String(name.clone()),
                    source: name.clone(),
                    payload,
                    extra: Map::new(),
                    raw_json: None,
                };
                if !out.push(rec) {
                    return false;
                }
            }
            Shape::Jsonl | Shape::Lines => {
                let mut buf = Vec::new();
                let mut line_no = 0u64;
                loop {
                    line_no += 1;
                    let source = format!("{name}:{line_no}");
                    let (id, payload, extra) =
                        match read_line_limited(&mut reader, opts.max_bytes, &mut buf) {
                            Ok(None) => break,
                            Err(e) => (
                                Value::Null,
                                Err(("io".to_string(), format!("cannot read: {e}"))),
                                Map::new(),
                            ),
                            Ok(Some(Err(len))) => {
                                progress(len as u64 + 1);
                                (
                                    Value::Null,
                                    Err((
                                        "too_large".to_string(),
                                        format!(
                                            "line of {len} bytes is over --max-bytes {}",
                                            opts.max_bytes
                                        ),
                                    )),
                                    Map::new(),
                                )
                            }
                            Ok(Some(Ok(()))) => {
                                progress(buf.len() as u64 + 1);
                                if buf.iter().all(|b| b.is_ascii_whitespace()) {
                                    continue;
                                }
                                let mut line = std::mem::take(&mut buf);
                                // A UTF-8 byte order mark (as Windows tools write one) opens
                                // the file, not the first record.
                                if line_no == 1 && line.starts_with(UTF8_BOM) {
                                    line.drain(..UTF8_BOM.len());
                                }
                                if src.shape == Shape::Jsonl {
                                    let rec = Record {
                                        id: Value::Null,
                                        source,
                                        payload: Err(("pending".into(), String::new())),
                                        extra: Map::new(),
                                        raw_json: Some(line),
                                    };
                                    if !out.push(rec) || !flush_if_idle(&reader, &src, out) {
                                        return false;
                                    }
                                    continue;
                                } else {
                                    let id = Value::String(source.clone());
                                    (
                                        id,
                                        decode(line, opts.html, false, opts).map(|t| {
                                            article(t, opts.default_title.clone(), opts.html, opts)
                                        }),
                                        Map::new(),
                                    )
                                }
                            }
                        };
                    let is_io = matches!(&payload, Err((k, _)) if k == "io");
                    let rec = Record {
                        id,
                        source,
                        payload,
                        extra,
                        raw_json: None,
                    };
                    if !out.push(rec) {
                        return false;
                    }
                    if is_io {
                        // A read error ends this source (after reporting it).
                        break;
                    }
                    if !flush_if_idle(&reader, &src, out) {
                        return false;
                    }
                }
            }
        }
    }
    true
}

/// Send the collected records when the source is stdin and nothing more is buffered: the
/// next read may wait for a person or a slow pipe, and what is read so far should not.
fn flush_if_idle(reader: &BufReader<impl Read>, src: &Source, out: &mut ChunkSender) -> bool {
    if src.path.is_none() && reader.buffer().is_empty() {
        out.flush()
    } else {
        true
    }
}

/// Worker pool: summarize the chunks from `rx`, send each chunk's outputs to `out`.
pub fn spawn_workers<F>(
    jobs: usize,
    rx: Receiver<Chunk>,
    out: SyncSender<Done>,
    work: F,
) -> Vec<std::thread::JoinHandle<()>>
where
    F: Fn(Record) -> (bool, String) + Send + Sync + 'static,
{
    let rx = Arc::new(Mutex::new(rx));
    let work = Arc::new(work);
    (0..jobs.max(1))
        .map(|_| {
            let rx = Arc::clone(&rx);
            let out = out.clone();
            let work = Arc::clone(&work);
            std::thread::spawn(move || loop {
                let chunk = {
                    let guard = match rx.lock() {
                        Ok(g) => g,
                        Err(_) => return,
                    };
                    match guard.recv() {
                        Ok(c) => c,
                        Err(_) => return,
                    }
                };
                let lines = chunk.records.into_iter().map(|r| work(r)).collect();
                if out.send((chunk.seq, lines)).is_err() {
                    return;
                }
            })
        })
        .collect()
}

/// Write results in sequence order; with `failures_to_stderr`, a failed record's line is a
/// message printed on stderr instead. Returns (records, failed).
pub fn write_ordered(
    results: Receiver<Done>,
    window: Receiver<()>,
    out: &mut dyn Write,
    failures_to_stderr: bool,
    mut on_done: impl FnMut(u64, u64),
) -> std::io::Result<(u64, u64)> {
    let mut pending: std::collections::BTreeMap<u64, Vec<(bool, String)>> = Default::default();
    let mut next_chunk = 0u64;
    let mut records = 0u64;
    let mut failed = 0u64;
    for (seq, lines) in results {
        pending.insert(seq, lines);
        while let Some(lines) = pending.remove(&next_chunk) {
            for (ok, line) in lines {
                if !ok && failures_to_stderr {
                    eprintln!("{line}");
                } else if !line.is_empty() {
                    out.write_all(line.as_bytes())?;
                    out.write_all(b"\n")?;
                }
                if !ok {
                    failed += 1;
                }
                records += 1;
            }
            next_chunk += 1;
            let _ = window.try_recv();
            on_done(records, failed);
            // What is written stays out of a buffer when the input is interactive.
            out.flush()?;
        }
    }
    Ok((records, failed))
}

/// Expand files and directories (recursively, sorted) into sources.
pub fn list_sources(
    paths: &[PathBuf],
    forced: Option<Shape>,
    glob: Option<&globset::GlobSet>,
    stdin_shape: Shape,
) -> Vec<Source> {
    let mut out = Vec::new();
    if paths.is_empty() {
        out.push(Source {
            path: None,
            shape: forced.unwrap_or(stdin_shape),
            error: None,
        });
        return out;
    }
    for p in paths {
        if p.as_os_str() == "-" {
            out.push(Source {
                path: None,
                shape: forced.unwrap_or(stdin_shape),
                error: None,
            });
        } else if p.is_dir() {
            walk(p, forced, glob, &mut out);
        } else if p.exists() {
            out.push(Source {
                path: Some(p.clone()),
                shape: forced.unwrap_or_else(|| shape_of(p)),
                error: None,
            });
        } else {
            out.push(Source {
                path: Some(p.clone()),
                shape: Shape::Text,
                error: Some("no such file or directory".into()),
            });
        }
    }
    out
}

/// The shape a file's extension implies.
pub fn shape_of(p: &Path) -> Shape {
    match p.extension().and_then(|e| e.to_str()) {
        Some("jsonl") | Some("json") | Some("ndjson") => Shape::Jsonl,
        Some("html") | Some("htm") => Shape::Html,
        _ => Shape::Text,
    }
}

fn walk(dir: &Path, forced: Option<Shape>, glob: Option<&globset::GlobSet>, out: &mut Vec<Source>) {
    let entries = match std::fs::read_dir(dir) {
        Ok(e) => e,
        Err(e) => {
            out.push(Source {
                path: Some(dir.to_path_buf()),
                shape: Shape::Text,
                error: Some(format!("cannot read directory: {e}")),
            });
            return;
        }
    };
    let mut paths: Vec<PathBuf> = entries.filter_map(|e| e.ok().map(|e| e.path())).collect();
    paths.sort();
    for p in paths {
        if p.is_dir() {
            walk(&p, forced, glob, out);
            continue;
        }
        let matches = match glob {
            Some(g) => g.is_match(&p) || p.file_name().is_some_and(|n| g.is_match(n)),
            None => matches!(
                p.extension().and_then(|e| e.to_str()),
                Some("txt" | "jsonl" | "json" | "ndjson" | "html" | "htm")
            ),
        };
        if matches {
            out.push(Source {
                shape: forced.unwrap_or_else(|| shape_of(&p)),
                path: Some(p),
                error: None,
            });
        }
    }
}

/// Create a channel pair of the given bound.
pub fn channel<T>(bound: usize) -> (SyncSender<T>, Receiver<T>) {
    sync_channel(bound)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn record(bytes: usize) -> Record {
        Record {
            id: Value::Null,
            source: String::new(),
            payload: Err(("pending".into(), String::new())),
            extra: Map::new(),
            raw_json: Some(vec![b' '; bytes]),
        }
    }

    #[test]
    fn a_page_declares_its_charset_in_its_first_kilobyte() {
        let name = |html: &str| declared_charset(html.as_bytes()).map(|e| e.name());
        assert_eq!(
            name("<meta charset=\"windows-1256\">"),
            Some("windows-1256")
        );
        assert_eq!(name("<META CHARSET='CP1256'>"), Some("windows-1256"));
        assert_eq!(
            name("<meta http-equiv=Content-Type content=\"text/html; charset=iso-8859-6\">"),
            Some("ISO-8859-6")
        );
        // An unknown label is passed over for the next; UTF-16 in ASCII cannot be.
        assert_eq!(
            name("<x charset=nonsense><meta charset=utf-8>"),
            Some("UTF-8")
        );
        assert_eq!(name("<meta charset=utf-16>"), None);
        assert_eq!(name("<p>no charset</p>"), None);
        let late = format!("{}<meta charset=windows-1256>", " ".repeat(1024));
        assert_eq!(name(&late), None);
    }

    #[test]
    fn chunks_close_at_a_record_count_or_a_byte_size() {
        let (tx, rx) = sync_channel(64);
        let (window, _slots) = sync_channel(64);
        let mut out = ChunkSender {
            tx,
            window,
            records: Vec::new(),
            bytes: 0,
            seq: 0,
        };
        // Small records: CHUNK at a time.
        for _ in 0..CHUNK + 5 {
            assert!(out.push(record(100)));
        }
        // Large ones: each reaches CHUNK_BYTES with the five left over.
        for _ in 0..3 {
            assert!(out.push(record(CHUNK_BYTES)));
        }
        assert!(out.flush());
        drop(out);
        let sizes: Vec<(u64, usize)> = rx.iter().map(|c| (c.seq, c.records.len())).collect();
        assert_eq!(sizes, vec![(0, CHUNK), (1, 6), (2, 1), (3, 1)]);
    }
}
