//! Reading gold JSONL files (`{"id","text"?,"title"?,"summaries":[...]}`) strictly: a bad line
//! is an error naming the file and line, never skipped.

use std::path::Path;

use mujaz_summarize::train::GoldDoc;
use rustc_hash::FxHashSet;
use serde_json::Value;

use crate::Failure;

/// What a gold row must carry.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Need {
    /// Training and summarize-then-score: the article text too.
    Text,
    /// Scoring given predictions: id and summaries only.
    SummariesOnly,
}

/// An id as a string (numbers are accepted and printed as JSON).
pub fn id_string(v: &Value) -> Option<String> {
    match v {
        Value::String(s) => Some(s.clone()),
        Value::Number(n) => Some(n.to_string()),
        _ => None,
    }
}

/// A JSON object.
pub type JsonObject = serde_json::Map<String, Value>;

/// The JSON objects of a JSONL file with their `file:line`, blank lines skipped; a line that
/// is not UTF-8 or not a JSON object is an error naming it.
pub fn jsonl_objects(path: &Path) -> Result<Vec<(String, JsonObject)>, Failure> {
    let bytes = std::fs::read(path)
        .map_err(|e| Failure::input(format!("{}: cannot read: {e}", path.display())))?;
    let mut out = Vec::new();
    // A UTF-8 byte order mark opens the file, not its first object.
    let bytes = bytes.strip_prefix(crate::batch::UTF8_BOM).unwrap_or(&bytes);
    for (i, line) in bytes.split(|&b| b == b'\n').enumerate() {
        let at = format!("{}:{}", path.display(), i + 1);
        let line = std::str::from_utf8(line).map_err(|e| {
            Failure::input(format!(
                "{at}: invalid UTF-8 at byte offset {}",
                e.valid_up_to()
            ))
        })?;
        if line.trim().is_empty() {
            continue;
        }
        match serde_json::from_str(line) {
            Ok(Value::Object(obj)) => out.push((at, obj)),
            Ok(_) => return Err(Failure::input(format!("{at}: not a JSON object"))),
            Err(e) => return Err(Failure::input(format!("{at}: invalid JSON: {e}"))),
        }
    }
    Ok(out)
}

/// Read gold documents from JSONL files.
pub fn load_gold(
    paths: &[impl AsRef<Path>],
    need: Need,
    with_title: bool,
) -> Result<Vec<GoldDoc>, Failure> {
    let mut docs = Vec::new();
    let mut seen: FxHashSet<String> = FxHashSet::default();
    for p in paths {
        for (at, obj) in jsonl_objects(p.as_ref())? {
            let obj = &obj;
            let id = obj
                .get("id")
                .and_then(id_string)
                .ok_or_else(|| Failure::input(format!("{at}: no string or number field 'id'")))?;
            if !seen.insert(id.clone()) {
                return Err(Failure::input(format!("{at}: duplicate id '{id}'")));
            }
            let summaries = obj
                .get("summaries")
                .and_then(|s| s.as_array())
                .ok_or_else(|| Failure::input(format!("{at}: no array field 'summaries'")))?;
            let summaries: Vec<String> = summaries
                .iter()
                .map(|s| s.as_str().map(str::to_string))
                .collect::<Option<_>>()
                .ok_or_else(|| Failure::input(format!("{at}: 'summaries' must hold strings")))?;
            if summaries.is_empty() {
                return Err(Failure::input(format!("{at}: 'summaries' is empty")));
            }
            let text = match (obj.get("text"), need) {
                (Some(Value::String(t)), _) => t.clone(),
                (_, Need::SummariesOnly) => String::new(),
                (_, Need::Text) => {
                    return Err(Failure::input(format!("{at}: no string field 'text'")))
                }
            };
            let title = if with_title {
                obj.get("title")
                    .and_then(|t| t.as_str())
                    .map(str::to_string)
            } else {
                None
            };
            docs.push(GoldDoc {
                id,
                text,
                title,
                summaries,
            });
        }
    }
    Ok(docs)
}
