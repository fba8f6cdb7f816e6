//! Reading inputs: files or stdin, with UTF-8 errors that name the byte offset.

use std::io::Read;
use std::path::Path;

use crate::Failure;

/// Read a whole input (`None` or `-` is stdin) as bytes.
pub fn read_bytes(path: Option<&Path>) -> Result<(String, Vec<u8>), Failure> {
    match path {
        None => read_stdin(),
        Some(p) if p.as_os_str() == "-" => read_stdin(),
        Some(p) => {
            let name = p.display().to_string();
            let bytes = std::fs::read(p)
                .map_err(|e| Failure::input(format!("{name}: cannot read: {e}")))?;
            Ok((name, bytes))
        }
    }
}

fn read_stdin() -> Result<(String, Vec<u8>), Failure> {
    let mut buf = Vec::new();
    std::io::stdin()
        .lock()
        .read_to_end(&mut buf)
        .map_err(|e| Failure::input(format!("<stdin>: cannot read: {e}")))?;
    Ok(("<stdin>".to_string(), buf))
}

/// Decode UTF-8, naming the first invalid byte offset; a file that opens with a UTF-16 byte
/// order mark is decoded from UTF-16.
pub fn to_utf8(name: &str, bytes: Vec<u8>) -> Result<String, Failure> {
    if let Some((enc, bom)) = crate::batch::utf16_bom(&bytes) {
        return crate::batch::decode_as(&bytes[bom..], enc)
            .map_err(|(_, message)| Failure::input(format!("{name}: {message}")));
    }
    String::from_utf8(bytes).map_err(|e| {
        Failure::input(format!(
            "{name}: invalid UTF-8 at byte offset {}",
            e.utf8_error().valid_up_to()
        ))
    })
}

/// Read and decode one input.
pub fn read_text(path: Option<&Path>) -> Result<(String, String), Failure> {
    let (name, bytes) = read_bytes(path)?;
    let text = to_utf8(&name, bytes)?;
    Ok((name, text))
}
