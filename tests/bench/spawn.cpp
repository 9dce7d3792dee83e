// sms-bench-spawn REPORT PROGRAM [ARG...]: runs PROGRAM as its own child and writes to the file
// REPORT "pid N" at once, then "status S maxrss KB cpu_ms MS" when it ends; exits as it did.
//
// Why a separate, tiny process: Linux counts in a child's ru_maxrss the resident set it had at exec,
// which after fork() is its parent's. Forked from sms-bench (hundreds of MiB after a 50,000-task
// list), sms-tasks would report sms-bench's size; forked from this program, only its own.
// SIGTERM, SIGINT and SIGHUP are passed on to PROGRAM; its process group is this one's.
#include <cerrno>
#include <csignal>
#include <cstdio>
#include <initializer_list>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

namespace {
volatile pid_t g_child = -1;

void forward(int sig)
{
    if (g_child > 0)
        ::kill(g_child, sig);
}
} // namespace

int main(int argc, char *argv[])
{
    if (argc < 3)
        return 127;
    ::setpgid(0, 0);
    std::FILE *report = std::fopen(argv[1], "w");
    if (!report)
        return 127;
    struct sigaction sa = {};
    sa.sa_handler = forward;
    sigemptyset(&sa.sa_mask);
    for (int sig : { SIGTERM, SIGINT, SIGHUP })
        ::sigaction(sig, &sa, nullptr);
    const pid_t pid = ::fork();
    if (pid == 0) {
        ::execv(argv[2], argv + 2);
        ::_exit(127);
    }
    if (pid < 0)
        return 127;
    g_child = pid;
    std::fprintf(report, "pid %d\n", int(pid));
    std::fflush(report);
    int status = 0;
    rusage u {};
    while (::wait4(pid, &status, 0, &u) < 0 && errno == EINTR) { }
    const double cpuMs
        = (u.ru_utime.tv_sec + u.ru_stime.tv_sec) * 1000.0 + (u.ru_utime.tv_usec + u.ru_stime.tv_usec) / 1000.0;
    std::fprintf(report, "status %d maxrss %ld cpu_ms %.3f\n", status, u.ru_maxrss, cpuMs);
    std::fclose(report);
    if (WIFEXITED(status))
        return WEXITSTATUS(status);
    std::signal(WTERMSIG(status), SIG_DFL);
    ::raise(WTERMSIG(status));
    return 128 + WTERMSIG(status);
}
