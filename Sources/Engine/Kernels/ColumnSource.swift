/// Where `im2col` copies a column row from.
///
/// Tap `(ky, kx)` of a stride-1 convolution with `W' = W` reads a shifted copy of the input
/// plane: one block copy fills the row (`.input`). A strided convolution becomes one after
/// splitting every input plane into `sy·sx` phase planes, `P[py, px][r, j] = x[r·sy + py,
/// j·sx + px]`, stored with the output's row pitch `W'`: tap `(ky, kx)` then reads phase
/// `((ky·dy − top) mod sy, (kx·dx − left) mod sx)` shifted by the quotients (`.phases`). That
/// needs every column a tap reads to fit in `W'` phase columns; otherwise, and for stride 1 with
/// `W' ≠ W`, each output row is gathered separately (`.rows`).
enum ColumnSource: Sendable {
    case input
    case phases
    case rows
}
