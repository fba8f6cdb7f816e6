//! A bounded load test against a running `mujaz serve` on loopback:
//! `load ADDR CONNECTIONS REQUESTS [PATH]` sends REQUESTS summarize calls (the built-in
//! article) over CONNECTIONS keep-alive connections and prints requests/s, p50/p99 latency,
//! failures and 5xx. It stops after REQUESTS or 60 s, whichever comes first.

use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};

use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpStream;

async fn one(stream: &mut TcpStream, req: &[u8], buf: &mut Vec<u8>) -> std::io::Result<u16> {
    stream.write_all(req).await?;
    buf.clear();
    let mut chunk = [0u8; 8192];
    loop {
        if let Some(p) = buf.windows(4).position(|w| w == b"\r\n\r\n") {
            let head = String::from_utf8_lossy(&buf[..p]).to_ascii_lowercase();
            let status: u16 = head
                .split(' ')
                .nth(1)
                .and_then(|c| c.parse().ok())
                .unwrap_or(0);
            let len: usize = head
                .lines()
                .find_map(|l| l.strip_prefix("content-length:"))
                .and_then(|v| v.trim().parse().ok())
                .unwrap_or(0);
            while buf.len() < p + 4 + len {
                let n = stream.read(&mut chunk).await?;
                if n == 0 {
                    return Err(std::io::ErrorKind::UnexpectedEof.into());
                }
                buf.extend_from_slice(&chunk[..n]);
            }
            return Ok(status);
        }
        let n = stream.read(&mut chunk).await?;
        if n == 0 {
            return Err(std::io::ErrorKind::UnexpectedEof.into());
        }
        buf.extend_from_slice(&chunk[..n]);
    }
}

#[tokio::main]
async fn main() {
    let args: Vec<String> = std::env::args().collect();
    if args.len() < 4 {
        eprintln!("usage: load ADDR CONNECTIONS REQUESTS [PATH]");
        std::process::exit(2);
    }
    let addr = args[1].clone();
    let conns: usize = args[2].parse().expect("CONNECTIONS");
    let total: usize = args[3].parse().expect("REQUESTS");
    let path = args
        .get(4)
        .cloned()
        .unwrap_or_else(|| "/v1/summarize".into());
    let body = serde_json::json!({"text": mujaz_text::samples::NEWS_ARTICLE}).to_string();
    let req = Arc::new(
        format!(
            "POST {path} HTTP/1.1\r\nHost: {addr}\r\nContent-Type: application/json\r\nContent-Length: {}\r\n\r\n{body}",
            body.len()
        )
        .into_bytes(),
    );
    let next = Arc::new(AtomicUsize::new(0));
    let deadline = Instant::now() + Duration::from_secs(60);
    let start = Instant::now();
    let mut tasks = Vec::new();
    for _ in 0..conns {
        let (addr, req, next) = (addr.clone(), Arc::clone(&req), Arc::clone(&next));
        tasks.push(tokio::spawn(async move {
            let mut lat = Vec::new();
            let (mut failed, mut s5xx) = (0usize, 0usize);
            let mut buf = Vec::new();
            let mut stream: Option<TcpStream> = None;
            while next.fetch_add(1, Ordering::Relaxed) < total && Instant::now() < deadline {
                if stream.is_none() {
                    stream = TcpStream::connect(&addr).await.ok();
                }
                let Some(s) = stream.as_mut() else {
                    failed += 1;
                    continue;
                };
                let t = Instant::now();
                match one(s, &req, &mut buf).await {
                    Ok(code) => {
                        lat.push(t.elapsed());
                        if code >= 500 {
                            s5xx += 1;
                        }
                        if !(200..300).contains(&code) {
                            failed += 1;
                        }
                    }
                    Err(_) => {
                        failed += 1;
                        stream = None;
                    }
                }
            }
            (lat, failed, s5xx)
        }));
    }
    let mut lat = Vec::new();
    let (mut failed, mut s5xx) = (0, 0);
    for t in tasks {
        let (l, f, s) = t.await.expect("task");
        lat.extend(l);
        failed += f;
        s5xx += s;
    }
    let secs = start.elapsed().as_secs_f64();
    lat.sort();
    let pct = |q: f64| {
        lat.get(((lat.len() as f64 - 1.0) * q).round() as usize)
            .copied()
            .unwrap_or_default()
    };
    println!(
        "connections {conns}  requests {}  {:.0} req/s  p50 {:.2} ms  p99 {:.2} ms  failed {failed}  5xx {s5xx}  ({secs:.2} s)",
        lat.len(),
        lat.len() as f64 / secs,
        pct(0.50).as_secs_f64() * 1e3,
        pct(0.99).as_secs_f64() * 1e3,
    );
}
