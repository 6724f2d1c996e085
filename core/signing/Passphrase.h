// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "inventory/Expected.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace planner {

/// The environment variable a passphrase may come from: "UPLAN_PASSPHRASE".
QString passphraseVariable();

/// The first line of the file at @p path, its line end stripped. An empty passphrase, or a file
/// that cannot be read, is an Error naming the file.
Expected<QByteArray> readPassphraseFile(const QString &path);

/// The passphrase in UPLAN_PASSPHRASE: nothing when the variable is not set, an Error when it is
/// set but empty.
std::optional<Expected<QByteArray>> passphraseFromEnvironment();

/// True when a person can be asked: standard input is a terminal and /dev/tty opens. When false
/// a prompt would wait for nobody, so the caller must fail at once instead.
bool canPromptForPassphrase();

/// Asks for a passphrase on /dev/tty with echo off. An empty answer is an Error.
Expected<QByteArray> promptForPassphrase(const QString &prompt);

/// Overwrites @p secret's buffer (its whole allocation) with zeros and leaves @p secret empty.
/// For any secret bytes: a passphrase, an unencrypted private key's PEM. A buffer still shared
/// with another QByteArray is left to that one, which must be forgotten in turn.
void forgetPassphrase(QByteArray &secret);

} // namespace planner
