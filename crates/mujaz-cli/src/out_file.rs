//! Output files that are never left half-written, and never replace what is not a file.
//!
//! A regular file (or a path that does not exist yet) is written as a temporary file next to
//! it, renamed over it at the end. Anything else is written in place: a rename would put a
//! regular file where a device (`/dev/null`), a named pipe or a symbolic link was — `--out
//! /dev/null` had turned the machine's `/dev/null` into a file.

use std::fs::File;
use std::io;
use std::path::{Path, PathBuf};

/// Whether `dest` is written through a temporary file renamed over it: only when it does
/// not exist or is a regular file (not followed through a symbolic link).
pub fn renames(dest: &Path) -> bool {
    match std::fs::symlink_metadata(dest) {
        Ok(m) => m.file_type().is_file(),
        Err(_) => true,
    }
}

/// The temporary file next to `dest`: its name with `.tmp-PID` after it, so that no file
/// of the user's is touched (`out.json` → `out.json.tmp-4242`).
pub fn temp_path(dest: &Path) -> PathBuf {
    let mut name = dest
        .file_name()
        .map(|n| n.to_os_string())
        .unwrap_or_default();
    name.push(format!(".tmp-{}", std::process::id()));
    dest.with_file_name(name)
}

/// Open `dest` for writing (see the module's rules): the writer, and what [`commit`] needs
/// once it is flushed and dropped. Errors name the path that failed.
pub fn create(dest: &Path) -> Result<(File, Pending), String> {
    let tmp = renames(dest).then(|| temp_path(dest));
    let at = tmp.as_deref().unwrap_or(dest);
    let file = File::create(at).map_err(|e| format!("{}: cannot create: {e}", at.display()))?;
    let dest = dest.to_path_buf();
    Ok((file, Pending { tmp, dest }))
}

/// An output's last step, after its writer is flushed and closed.
pub struct Pending {
    tmp: Option<PathBuf>,
    dest: PathBuf,
}

/// Rename the temporary file over its destination (nothing when it was written in place).
pub fn commit(p: Pending) -> Result<(), String> {
    match p.tmp {
        Some(tmp) => std::fs::rename(&tmp, &p.dest)
            .map_err(|e| format!("{}: cannot write: {e}", p.dest.display())),
        None => Ok(()),
    }
}

/// Write `bytes` to `dest` whole (see the module's rules).
pub fn write(dest: &Path, bytes: &[u8]) -> Result<(), String> {
    let (mut file, pending) = create(dest)?;
    io::Write::write_all(&mut file, bytes)
        .map_err(|e| format!("{}: cannot write: {e}", dest.display()))?;
    drop(file);
    commit(pending)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_files_and_new_paths_are_renamed_over() {
        let dir = std::env::temp_dir().join(format!("mujaz-out-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let file = dir.join("a.json");
        assert!(renames(&file), "a new path");
        std::fs::write(&file, "x").unwrap();
        assert!(renames(&file), "a regular file");
        assert!(!renames(&dir), "a directory");
        // Read, never written: the device stays a device whatever this code does.
        #[cfg(unix)]
        assert!(!renames(Path::new("/dev/null")));
        assert_eq!(
            temp_path(&file).file_name().unwrap().to_str().unwrap(),
            format!("a.json.tmp-{}", std::process::id())
        );
        std::fs::remove_dir_all(&dir).unwrap();
    }

    #[cfg(unix)]
    #[test]
    fn a_symbolic_link_is_written_through() {
        let dir = std::env::temp_dir().join(format!("mujaz-link-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let target = dir.join("target.json");
        let link = dir.join("link.json");
        std::fs::write(&target, "old").unwrap();
        std::os::unix::fs::symlink(&target, &link).unwrap();
        write(&link, b"new").unwrap();
        assert!(std::fs::symlink_metadata(&link)
            .unwrap()
            .file_type()
            .is_symlink());
        assert_eq!(std::fs::read_to_string(&target).unwrap(), "new");
        // A regular file is replaced whole, and no temporary file stays behind.
        write(&target, b"newer").unwrap();
        assert_eq!(std::fs::read_to_string(&link).unwrap(), "newer");
        assert_eq!(std::fs::read_dir(&dir).unwrap().count(), 2);
        std::fs::remove_dir_all(&dir).unwrap();
    }
}
