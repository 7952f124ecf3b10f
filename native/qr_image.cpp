#define ZX_USE_UTF8 1  // ZXing-cpp 1.4: text() as UTF-8 std::string

#include "qr_image.hpp"

#include <memory>
#include <vector>

#include <ZXing/BitMatrix.h>
#include <ZXing/MultiFormatWriter.h>
#include <ZXing/ReadBarcode.h>
#include <stb/stb_image.h>
#include <stb/stb_image_write.h>

namespace medins::cli {

Result<bool> write_qr_png(const std::string& text, const std::string& path, int scale) {
  ZXing::BitMatrix matrix;
  try {
    // Width/height 0: the symbol's own size in modules, which we scale ourselves so every
    // module is a whole number of pixels (scanners like sharp edges).
    matrix = ZXing::MultiFormatWriter(ZXing::BarcodeFormat::QRCode)
                 .setEncoding(ZXing::CharacterSet::UTF8)
                 .setEccLevel(4)  // ZXing's 0..8 scale: 4 is level M, ~15% recovery
                 .setMargin(4)
                 .encode(text, 0, 0);
  } catch (const std::exception&) {
    return make_error("qr.too_long", "/payload");
  }
  const int modules = matrix.width();
  const int size = modules * scale;
  std::vector<unsigned char> pixels(static_cast<std::size_t>(size) * size, 255);
  for (int y = 0; y < size; ++y) {
    for (int x = 0; x < size; ++x) {
      if (matrix.get(x / scale, y / scale)) pixels[static_cast<std::size_t>(y) * size + x] = 0;
    }
  }
  if (stbi_write_png(path.c_str(), size, size, 1, pixels.data(), size) == 0) {
    return make_error("qr.image_unwritable", "", "（" + path + "）", "(" + path + ")");
  }
  return true;
}

Result<std::string> read_qr_image(const std::string& path) {
  int width = 0;
  int height = 0;
  int channels = 0;
  std::unique_ptr<unsigned char, void (*)(void*)> pixels(
      stbi_load(path.c_str(), &width, &height, &channels, 1), stbi_image_free);
  if (!pixels) return make_error("qr.image_unreadable", "", "（" + path + "）", "(" + path + ")");
  ZXing::DecodeHints hints;
  hints.setFormats(ZXing::BarcodeFormat::QRCode);
  hints.setTryHarder(true);
  const ZXing::Result result =
      ZXing::ReadBarcode({pixels.get(), width, height, ZXing::ImageFormat::Lum}, hints);
  if (!result.isValid())
    return make_error("qr.not_found", "", "（" + path + "）", "(" + path + ")");
  return result.text();
}

}  // namespace medins::cli
