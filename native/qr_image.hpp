// QR codes as image files, natively: ZXing-cpp draws and reads the symbols, stb reads PNG/JPEG
// and writes PNG. The page does the same in the browser with zxing-wasm (ZXing-cpp built for
// the web), so a code drawn on one side reads on the other.
#pragma once

#include <string>

#include "medins/result.hpp"

namespace medins::cli {

// Writes `text` as a QR code PNG (error correction level M, a 4-module quiet zone, `scale`
// pixels per module). Errors: qr.too_long (does not fit a QR code), qr.image_unwritable.
Result<bool> write_qr_png(const std::string& text, const std::string& path, int scale);

// Reads the first QR code in a PNG or JPEG file. Errors: qr.image_unreadable, qr.not_found.
Result<std::string> read_qr_image(const std::string& path);

}  // namespace medins::cli
