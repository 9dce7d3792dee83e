#pragma once

#include <QProgressBar>
#include <QTimer>

// The status bar's progress of a load or a delete. Reports are applied once per event-loop turn
// (a bar repainted for each of 40,000 settled tasks froze the window for seconds); the text is
// rebuilt on a language change.
class TaskProgressBar : public QProgressBar
{
    Q_OBJECT

public:
    enum class Kind { None, Loading, Deleting, Stopping };

    explicit TaskProgressBar(QWidget *parent = nullptr);

    void start(Kind kind, int total); // shown at 0 of total (0: not known yet)
    void report(int done, int total); // tasks settled of a delete or a stop
    // A listing: tasks first, then the sources that give the Agent states (-1: not known yet).
    void reportLoad(int tasks, int taskCount, int sources, int sourceCount);
    void finish(); // hidden until the next start()
    Kind kind() const { return m_kind; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void apply();
    static QString n(int value);

    Kind m_kind = Kind::None;
    int m_done = 0;
    int m_total = 0;
    bool m_sourcesPhase = false; // a listing whose tasks are all in, its sources still coming
    QTimer m_turn;
};
