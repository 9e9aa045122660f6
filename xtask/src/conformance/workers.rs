//! Checking specs side by side. `cargo` locks its target directory for a whole build, so two
//! checks sharing one would take turns: each worker has its own (the first the shared
//! `target/generated-crates`, the others `target/generated-crates-2`…), at the price of
//! building the dependencies once more per extra worker.

use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Mutex;

use super::{check_spec, Check, ConformanceArgs, Layout, Row};

/// One spec to check, as what.
pub(super) struct Job {
    pub spec: PathBuf,
    pub check: Check,
}

/// How many checks run at once: `--jobs`, else one per core up to two (a check is mostly
/// one `rustc` at a time, so a second one uses the second core; more would cost a target
/// directory each for little).
pub(super) fn worker_count(args: &ConformanceArgs) -> usize {
    match args.jobs {
        Some(jobs) => jobs.get(),
        None => std::thread::available_parallelism().map_or(1, |cores| cores.get().min(2)),
    }
}

/// Checks every job, `workers` at a time; the rows come back in the jobs' order.
pub(super) fn check_all(
    jobs: &[Job],
    layout: &Layout,
    args: &ConformanceArgs,
    workers: usize,
) -> Vec<Row> {
    let workers = workers.clamp(1, jobs.len().max(1));
    let next = AtomicUsize::new(0);
    let rows: Mutex<Vec<Option<Row>>> = Mutex::new(jobs.iter().map(|_| None).collect());
    std::thread::scope(|scope| {
        for worker in 0..workers {
            let layout = Layout {
                target_dir: target_dir_of(&layout.target_dir, worker),
                ..layout.clone()
            };
            let (next, rows) = (&next, &rows);
            scope.spawn(move || loop {
                let index = next.fetch_add(1, Ordering::SeqCst);
                let Some(job) = jobs.get(index) else {
                    break;
                };
                let row = check_spec(&job.spec, &job.check, &layout, args);
                if let Ok(mut rows) = rows.lock() {
                    rows[index] = Some(row);
                }
            });
        }
    });
    let rows = rows
        .into_inner()
        .unwrap_or_else(|poisoned| poisoned.into_inner());
    rows.into_iter()
        .zip(jobs)
        .map(|(row, job)| {
            row.unwrap_or_else(|| Row {
                version: job.check.row.clone(),
                dir: job.check.dir.clone(),
                problems: vec!["its check did not finish (a worker panicked)".to_string()],
                ..Row::default()
            })
        })
        .collect()
}

/// The target directory of `worker`: the shared one for the first, a sibling for the others.
fn target_dir_of(shared: &Path, worker: usize) -> PathBuf {
    if worker == 0 {
        return shared.to_path_buf();
    }
    let name = shared
        .file_name()
        .map(|name| name.to_string_lossy().into_owned())
        .unwrap_or_else(|| "generated-crates".to_string());
    shared.with_file_name(format!("{name}-{}", worker + 1))
}

#[cfg(test)]
mod tests {
    use std::path::Path;

    #[test]
    fn workers_after_the_first_get_sibling_target_dirs() {
        let shared = Path::new("/repo/target/generated-crates");
        assert_eq!(super::target_dir_of(shared, 0), shared);
        assert_eq!(
            super::target_dir_of(shared, 1),
            Path::new("/repo/target/generated-crates-2")
        );
    }
}
