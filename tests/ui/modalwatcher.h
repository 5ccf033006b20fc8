#pragma once
// whenModal is the ui tests' way to answer a modal dialog: it calls f with the next modal widget as
// soon as it is shown (from inside its exec()). Header-only; GUI thread.

#include <QApplication>
#include <QTimer>
#include <QWidget>

#include <functional>

namespace sf::test {

inline void whenModal(std::function<void(QWidget *)> f)
{
    auto *timer = new QTimer;
    timer->setInterval(20);
    QObject::connect(timer, &QTimer::timeout, [timer, f] {
        if (QWidget *w = QApplication::activeModalWidget()) {
            timer->stop();
            timer->deleteLater();
            f(w);
        }
    });
    timer->start();
}

} // namespace sf::test
