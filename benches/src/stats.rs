//! Medians, formatting and resource usage shared by the benchmarks.

use std::process::{Command, ExitStatus, Stdio};
use std::time::{Duration, Instant};

/// The median of some durations (the mean of the middle two for an even count); zero for none.
pub fn median(samples: &[Duration]) -> Duration {
    if samples.is_empty() {
        return Duration::ZERO;
    }
    let mut sorted = samples.to_vec();
    sorted.sort();
    let mid = sorted.len() / 2;
    if sorted.len() % 2 == 1 {
        sorted[mid]
    } else {
        (sorted[mid - 1] + sorted[mid]) / 2
    }
}

/// The smallest and largest of some durations.
pub fn range(samples: &[Duration]) -> (Duration, Duration) {
    let min = samples.iter().min().copied().unwrap_or_default();
    let max = samples.iter().max().copied().unwrap_or_default();
    (min, max)
}

/// Milliseconds with one decimal: `12.3`.
pub fn ms(duration: Duration) -> String {
    format!("{:.1}", duration.as_secs_f64() * 1e3)
}

/// Seconds with two decimals: `1.23`.
pub fn secs(duration: Duration) -> String {
    format!("{:.2}", duration.as_secs_f64())
}

/// Microseconds with one decimal: `45.6`.
pub fn micros(duration: Duration) -> String {
    format!("{:.1}", duration.as_secs_f64() * 1e6)
}

/// Kibibytes as mebibytes with no decimals: `123`.
pub fn mib(kib: u64) -> String {
    format!("{:.0}", kib as f64 / 1024.0)
}

/// What a finished child process reported.
pub struct ChildRun {
    /// How it exited.
    pub status: ExitStatus,
    /// Wall time from spawn to exit.
    pub wall: Duration,
    /// Peak resident set size of the child and every descendant it waited for, in KiB.
    pub max_rss_kib: u64,
    /// What it printed on standard output.
    pub stdout: String,
    /// What it printed on standard error.
    pub stderr: String,
}

/// Runs a command to completion, capturing its output, and measures its wall time and the
/// peak RSS of it and its descendants (`wait4`'s resource usage, as `/usr/bin/time -v` does:
/// for `cargo build` this is the largest `rustc`).
pub fn run_measured(command: &mut Command) -> std::io::Result<ChildRun> {
    let out_file = tempfile_path("stdout");
    let err_file = tempfile_path("stderr");
    let stdout = std::fs::File::create(&out_file)?;
    let stderr = std::fs::File::create(&err_file)?;
    let started = Instant::now();
    let child = command
        .stdin(Stdio::null())
        .stdout(Stdio::from(stdout))
        .stderr(Stdio::from(stderr))
        .spawn()?;
    let pid = child.id() as libc::pid_t;
    let mut status: libc::c_int = 0;
    // SAFETY: `rusage` is plain old data, so all zeroes is a valid value.
    let mut usage: libc::rusage = unsafe { std::mem::zeroed() };
    // SAFETY: `pid` is our own child, not yet waited for (the `Child` handle is dropped without
    // waiting); `status` and `usage` are valid for writes.
    let waited = unsafe { libc::wait4(pid, &mut status, 0, &mut usage) };
    let wall = started.elapsed();
    drop(child);
    if waited != pid {
        return Err(std::io::Error::last_os_error());
    }
    let stdout = std::fs::read_to_string(&out_file).unwrap_or_default();
    let stderr = std::fs::read_to_string(&err_file).unwrap_or_default();
    let _ = std::fs::remove_file(&out_file);
    let _ = std::fs::remove_file(&err_file);
    Ok(ChildRun {
        status: std::os::unix::process::ExitStatusExt::from_raw(status),
        wall,
        // Linux reports `ru_maxrss` in KiB.
        max_rss_kib: u64::try_from(usage.ru_maxrss).unwrap_or(0),
        stdout,
        stderr,
    })
}

/// A fresh path in the system's temporary directory.
fn tempfile_path(what: &str) -> std::path::PathBuf {
    use std::sync::atomic::{AtomicU64, Ordering};
    static NEXT: AtomicU64 = AtomicU64::new(0);
    let n = NEXT.fetch_add(1, Ordering::Relaxed);
    std::env::temp_dir().join(format!("benches-{}-{n}.{what}", std::process::id()))
}

/// The last `lines` lines of some text, for error messages.
pub fn tail(text: &str, lines: usize) -> String {
    let all: Vec<&str> = text.lines().collect();
    all[all.len().saturating_sub(lines)..].join("\n")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn median_of_odd_and_even_counts() {
        let d = Duration::from_millis;
        assert_eq!(median(&[d(3), d(1), d(2)]), d(2));
        assert_eq!(
            median(&[d(4), d(1), d(2), d(3)]),
            Duration::from_micros(2500)
        );
        assert_eq!(median(&[]), Duration::ZERO);
    }
}
