//! Helpers shared by the server tests.

use std::net::SocketAddr;
use std::time::Duration;

/// Start a server on a free loopback port in a background runtime.
pub fn start(config: mujaz_server::Config) -> SocketAddr {
    let (tx, rx) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        let rt = tokio::runtime::Runtime::new().expect("runtime");
        rt.block_on(async move {
            let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
                .await
                .expect("bind");
            tx.send(listener.local_addr().expect("addr")).expect("send");
            let _ = mujaz_server::serve(listener, config).await;
        });
    });
    rx.recv_timeout(Duration::from_secs(10))
        .expect("server started")
}
