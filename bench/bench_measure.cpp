// SPDX-License-Identifier: MIT
// Runs one command and prints "<wall ms> <peak RSS KiB> <exit code>": the wall time from just before
// the fork to the child's exit (QElapsedTimer) and the child's own peak memory (wait4's ru_maxrss).
// Its output goes to /dev/null.
//   bench_measure COMMAND [ARGS...]
#include <QElapsedTimer>

#include <cstdio>
#include <fcntl.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

int main(int argc, char *argv[])
{
    if (argc < 2) {
        std::fprintf(stderr, "usage: bench_measure COMMAND [ARGS...]\n");
        return 2;
    }
    QElapsedTimer timer;
    timer.start();
    const pid_t pid = fork();
    if (pid == 0) {
        const int null = open("/dev/null", O_WRONLY);
        dup2(null, STDOUT_FILENO);
        execvp(argv[1], argv + 1);
        _exit(127);
    }
    int status = 0;
    rusage usage {};
    if (pid < 0 || wait4(pid, &status, 0, &usage) != pid)
        return 1;
    const double ms = double(timer.nsecsElapsed()) / 1e6;
    std::printf("%.1f %ld %d\n", ms, usage.ru_maxrss, WIFEXITED(status) ? WEXITSTATUS(status) : 128);
    return 0;
}
