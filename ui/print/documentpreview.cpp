#include "print/documentpreview.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QPrinterInfo>
#include <QStandardPaths>

namespace rsk::ui {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(rsk::ui::DocumentPreview)
};
} // namespace

QString selectPrinter(QPrinter &printer, const QString &name)
{
    if (name.trimmed().isEmpty())
        return {};
    if (!QPrinterInfo::availablePrinterNames().contains(name))
        return Tr::tr("skrivaren %1 finns inte på den här datorn, standardskrivaren används")
            .arg(name);
    printer.setPrinterName(name);
    return {};
}

bool previewAndPrint(QWidget *parent, const QString &title,
                     const std::function<void(QPrinter *)> &paint, const PrintTarget &target)
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setDocName(title);
    const QString note = selectPrinter(printer, target.printer);
    QPrintPreviewDialog preview(&printer, parent);
    preview.setObjectName(target.objectName);
    QString windowTitle = Tr::tr("%1 – förhandsgranskning").arg(title);
    if (!note.isEmpty())
        windowTitle += QStringLiteral(" – ") + note;
    else if (!target.printer.trimmed().isEmpty())
        windowTitle += QStringLiteral(" – ") + Tr::tr("skrivare %1").arg(target.printer);
    preview.setWindowTitle(windowTitle);
    QObject::connect(&preview, &QPrintPreviewDialog::paintRequested, &preview,
                     [&paint](QPrinter *p) { paint(p); });
    // The dialog is accepted when the clerk prints from it.
    return preview.exec() == QDialog::Accepted;
}

QString choosePdfPath(QWidget *parent, const QString &caption, const QString &suggestedName,
                      const QString &directory)
{
    if (!directory.isEmpty())
        return QDir(directory).filePath(suggestedName);
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    QString path = QFileDialog::getSaveFileName(parent, caption,
                                                QDir(documents).filePath(suggestedName),
                                                Tr::tr("PDF-fil (*.pdf)"));
    if (!path.isEmpty() && !path.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive))
        path += QLatin1String(".pdf");
    return path;
}

} // namespace rsk::ui
