#pragma once

#include "BenchProcess.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QInputDevice>
#include <QKeyEvent>
#include <QPointer>
#include <QTimer>
#include <QWidget>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <functional>
#include <thread>

// Measuring the GUI thread from inside it: stalls (a 1 ms timer's worst lateness), waiting for a
// condition without sleeping (QTest::qWaitFor sleeps in 10 ms steps, which would hide stalls), and
// keys typed at a steady pace from another thread, as a user's keys queue up while the loop is busy.
namespace Bench {

class StallMonitor : public QObject
{
public:
    StallMonitor()
    {
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(1);
        connect(&m_timer, &QTimer::timeout, this, &StallMonitor::tick);
    }
    void start()
    {
        m_worst = 0;
        m_last = nowMs();
        m_timer.start();
    }
    // The longest the 1 ms timer fired late since start(), in ms.
    double stop()
    {
        tick();
        m_timer.stop();
        return m_worst;
    }

private:
    void tick()
    {
        const double t = nowMs();
        m_worst = std::max(m_worst, t - m_last - 1.0);
        m_last = t;
    }
    QTimer m_timer;
    double m_last = 0;
    double m_worst = 0;
};

// Runs the event loop until `holds()` (checked every 1 ms); the steady time it first held, or -1.
inline double waitUntil(const std::function<bool()> &holds, int timeoutMs)
{
    if (holds())
        return nowMs();
    QEventLoop loop;
    QTimer poll;
    poll.setTimerType(Qt::PreciseTimer);
    poll.setInterval(1);
    double at = -1;
    const double deadline = nowMs() + timeoutMs;
    QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
        if (holds()) {
            at = nowMs();
            loop.quit();
        } else if (nowMs() > deadline) {
            loop.quit();
        }
    });
    poll.start();
    loop.exec();
    return at;
}

// Lets everything pending run (posted events, paints).
inline void drain()
{
    for (int i = 0; i < 3; ++i) {
        QCoreApplication::sendPostedEvents();
        QCoreApplication::processEvents(QEventLoop::AllEvents);
    }
}

// Posts one key press + release per character to `target` every `intervalMs`, from its own thread.
class KeyTypist
{
public:
    KeyTypist(QWidget *target, const QString &text, int intervalMs)
        : m_target(target)
        , m_text(text)
        , m_intervalMs(intervalMs)
    { }
    ~KeyTypist()
    {
        if (m_thread.joinable())
            m_thread.join();
    }
    void start()
    {
        // QKeyEvent names the keyboard it came from; create that device here, on the GUI thread.
        (void)QInputDevice::primaryKeyboard();
        m_thread = std::thread([this] {
            const auto t0 = std::chrono::steady_clock::now();
            for (int i = 0; i < m_text.size(); ++i) {
                std::this_thread::sleep_until(t0 + std::chrono::milliseconds(i * m_intervalMs));
                const QChar c = m_text.at(i);
                const int key = c.toUpper().unicode(); // Qt key codes are ASCII for these characters
                QCoreApplication::postEvent(m_target, new QKeyEvent(QEvent::KeyPress, key, Qt::NoModifier, c));
                QCoreApplication::postEvent(m_target, new QKeyEvent(QEvent::KeyRelease, key, Qt::NoModifier, c));
                m_lastKeyAt = nowMs();
            }
            m_done = true;
        });
    }
    bool done() const { return m_done; }
    double lastKeyAt() const { return m_lastKeyAt; }

private:
    QWidget *m_target;
    QString m_text;
    int m_intervalMs;
    std::thread m_thread;
    std::atomic<bool> m_done { false };
    std::atomic<double> m_lastKeyAt { 0 };
};

} // namespace Bench
