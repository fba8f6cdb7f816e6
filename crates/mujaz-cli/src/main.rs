//! `mujaz`: Arabic news summarization, text pipeline and ROUGE from the command line.

mod common_args;
mod eval_cmd;
mod gold;
mod input;
mod rouge_cmd;
mod serve_cmd;
mod summarize_cmd;

pub use mujaz_cli::batch;
mod text_cmd;
mod train_cmd;

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
    /// Summarize articles: standfirst (default), headline or extract.
    // The variant's doc comment would otherwise replace the long help set on the arguments.
    #[command(long_about = summarize_cmd::LONG_ABOUT)]
    Summarize(summarize_cmd::SummarizeArgs),
    /// Retrain the learned scorer of one mode from gold JSONL files.
    Train(train_cmd::TrainArgs),
    /// Arabic ROUGE between texts (or line-aligned files).
    Rouge(rouge_cmd::RougeArgs),
    /// Score predictions (or the summarizer itself) against gold JSONL.
    Eval(eval_cmd::EvalArgs),
    /// Serve the HTTP API and the web page.
    Serve(serve_cmd::ServeArgs),
    /// Print a shell completion script (bash, zsh, fish, elvish, powershell).
    Completions {
        /// The shell.
        shell: clap_complete::Shell,
    },
}

/// An error with the exit status it should produce.
#[derive(Debug)]
pub struct Failure {
    pub code: u8,
    pub message: String,
    /// Already reported on stderr: exit with the code, print nothing more.
    pub quiet: bool,
}

impl Failure {
    pub fn input(message: impl Into<String>) -> Self {
        Failure {
            code: 1,
            message: message.into(),
            quiet: false,
        }
    }
    pub fn usage(message: impl Into<String>) -> Self {
        Failure {
            code: 2,
            message: message.into(),
            quiet: false,
        }
    }
}

impl Failure {
    /// Mark as already reported when `quiet` holds.
    pub fn quiet_if(mut self, quiet: bool) -> Self {
        self.quiet = quiet;
        self
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
        Command::Summarize(args) => summarize_cmd::run(args),
        Command::Train(args) => train_cmd::run(args),
        Command::Rouge(args) => rouge_cmd::run(args),
        Command::Eval(args) => eval_cmd::run(args),
        Command::Serve(args) => serve_cmd::run(args),
        Command::Completions { shell } => {
            use clap::CommandFactory;
            clap_complete::generate(shell, &mut Cli::command(), "mujaz", &mut std::io::stdout());
            Ok(())
        }
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        // A closed pipe (`mujaz ... | head`) is not an error.
        Err(f) if f.message.contains("Broken pipe") => ExitCode::SUCCESS,
        Err(f) if f.quiet => ExitCode::from(f.code),
        Err(f) => {
            let _ = writeln!(std::io::stderr(), "mujaz: {}", f.message);
            ExitCode::from(f.code)
        }
    }
}
