#pragma once

#include "ops/ParsedPage.h"

#include <QByteArrayView>

#include <optional>

// The fast parse of a page (ParsedPage::tasksPage / sourcesPage): JsonScanner reads only the
// fields Task::fromJson and SourceServer::fromJson use and skips the rest, with no DOM. Returns
// exactly what the Qt parse returns, or nullopt when the page holds something the scanner leaves
// to Qt (see JsonScanner): then the caller parses it with QJsonDocument.
class PageScanner
{
public:
    static std::optional<ParsedPage> tasksPage(QByteArrayView body);
    static std::optional<ParsedPage> sourcesPage(QByteArrayView body);
};
