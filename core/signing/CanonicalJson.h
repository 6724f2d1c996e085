// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "inventory/Expected.h"

#include <QByteArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>

namespace planner {

/// The JSON Canonicalization Scheme (RFC 8785) for documents without floating-point numbers:
/// object members sorted by the UTF-16 code units of their names, no whitespace, strings in
/// UTF-8 with only the escapes RFC 8785 prescribes, integers written as integers. The same
/// value always gives the same bytes, on every machine. A number that is not an integer in
/// the range +/-(2^53 - 1) is an Error naming its JSON path: signed documents hold no floats.
Expected<QByteArray> canonicalJson(const QJsonValue &value);
Expected<QByteArray> canonicalJson(const QJsonObject &object);

/// True when @p bytes parse as JSON and are exactly their own canonical form.
bool isCanonicalJson(const QByteArray &bytes);

/// Lower-case hex SHA-256 of @p bytes (64 characters), as `sha256sum` prints it.
QString sha256Hex(const QByteArray &bytes);

} // namespace planner
