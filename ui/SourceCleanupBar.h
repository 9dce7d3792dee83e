#pragma once

#include "ops/AccountSession.h"

#include <QHash>
#include <QPointer>
#include <QWidget>

class QLabel;
class QPushButton;
class TaskTableModel;

// Over the delete results: "N source servers have no migration task left. Remove their records
// from SMS?" — offered only after a complete listing without an enterprise-project filter, asked
// again in a dialog of its own, then each record's outcome (SourceCleanup, confirmed by a re-list).
class SourceCleanupBar : public QWidget
{
    Q_OBJECT

public:
    SourceCleanupBar(TaskTableModel *model, QWidget *parent = nullptr);
    void setSession(AccountSession *session);
    QStringList offered() const { return m_offered; }

protected:
    void changeEvent(QEvent *event) override;

private:
    struct Source
    {
        QString name;
        QString ip;
    };
    void onDeleteFinished(const QList<DeleteResult> &results);
    void offer(const QList<DeleteResult> &results);
    void askToRemove();
    void onCleaned(const QList<SourceCleanup::Result> &results);
    void retranslate();

    TaskTableModel *m_model;
    QPointer<AccountSession> m_session;
    QLabel *m_text;
    QPushButton *m_remove;
    QStringList m_offered; // source ids with no task left, in the order found
    QHash<QString, Source> m_sources; // what the deleted tasks said of them
    QList<SourceCleanup::Result> m_outcome; // after a removal; empty before
    bool m_running = false;
};
