//! `mujaz`: Arabic news summarization, text pipeline and ROUGE from the command line.

mod input;
mod text_cmd;

use std::io::Write;
use std::process::ExitCode;

use clap::{Parser, Subcommand};

/// mujaz (موجز): a fast, faithful Arabic news summarizer.
#[derive(Parser, Debug)]
#[command(name = "mujaz", version, about, long_about = None)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand, Debug)]
enum Command {
    /// Run the Arabic text pipeline: normalize, tokens, sentences, stem.
    Text(text_cmd::TextArgs),
}

/// An error with the exit status it should produce.
#[derive(Debug)]
pub struct Failure {
    pub code: u8,
    pub message: String,
}

impl Failure {
    pub fn input(message: impl Into<String>) -> Self {
        Failure {
            code: 1,
            message: message.into(),
        }
    }
    pub fn usage(message: impl Into<String>) -> Self {
        Failure {
            code: 2,
            message: message.into(),
        }
    }
}

impl From<std::io::Error> for Failure {
    fn from(e: std::io::Error) -> Self {
        Failure::input(format!("I/O error: {e}"))
    }
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let result = match cli.command {
        Command::Text(args) => text_cmd::run(args),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        // A closed pipe (`mujaz ... | head`) is not an error.
        Err(f) if f.message.contains("Broken pipe") => ExitCode::SUCCESS,
        Err(f) => {
            let _ = writeln!(std::io::stderr(), "mujaz: {}", f.message);
            ExitCode::from(f.code)
        }
    }
}
