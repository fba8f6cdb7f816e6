//! Library side of the `mujaz` command line: the streaming batch reader (also the fuzz
//! target for JSONL records).

#![warn(missing_docs)]

pub mod batch;
pub mod out_file;
