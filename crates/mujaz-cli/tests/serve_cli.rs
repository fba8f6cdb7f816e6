//! `mujaz serve` as a process: it listens, answers, and on SIGTERM finishes the request in
//! flight before exiting cleanly.

use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::process::{Command, Stdio};
use std::time::Duration;

#[test]
fn sigterm_finishes_in_flight_requests() {
    let mut child = Command::new(env!("CARGO_BIN_EXE_mujaz"))
        .args(["serve", "--addr", "127.0.0.1:0"])
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawn mujaz serve");
    let mut err = BufReader::new(child.stderr.take().unwrap());
    let mut line = String::new();
    err.read_line(&mut line).unwrap();
    let v: serde_json::Value = serde_json::from_str(&line).expect("listening line");
    let addr = v["addr"].as_str().unwrap().to_string();
    // Keep draining the log so the server never blocks on a full pipe.
    std::thread::spawn(move || for _ in err.lines() {});

    // A request heavy enough to still be running when the signal arrives.
    let article = mujaz_text::samples::NEWS_ARTICLE.repeat(100);
    let docs: Vec<serde_json::Value> = (0..40)
        .map(|i| serde_json::json!({"id": i, "text": article}))
        .collect();
    let body = serde_json::json!({"documents": docs, "mode": "extract"}).to_string();
    let mut s = TcpStream::connect(&addr).unwrap();
    s.set_read_timeout(Some(Duration::from_secs(60))).unwrap();
    let req = format!(
        "POST /v1/summarize/batch HTTP/1.1\r\nHost: t\r\nContent-Type: application/json\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{body}",
        body.len()
    );
    s.write_all(req.as_bytes()).unwrap();
    std::thread::sleep(Duration::from_millis(150));
    let status = Command::new("kill")
        .args(["-TERM", &child.id().to_string()])
        .status()
        .unwrap();
    assert!(status.success());
    let mut resp = Vec::new();
    s.read_to_end(&mut resp).unwrap();
    let text = String::from_utf8_lossy(&resp);
    assert!(
        text.starts_with("HTTP/1.1 200"),
        "{}",
        &text[..text.len().min(200)]
    );
    assert!(text.contains("\"results\""));
    let exit = child.wait().unwrap();
    assert!(exit.success(), "{exit:?}");
}
