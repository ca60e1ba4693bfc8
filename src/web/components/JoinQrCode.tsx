/**
 * The QR code of a bijeenkomst's join address, drawn as SVG from the encoded modules (no HTML injected, so
 * the content security policy needs nothing extra). Error correction M: readable from the back of a room
 * on a projector, small enough to stay coarse.
 */
import { encode } from 'uqr';

interface JoinQrCodeProps {
  /** The full address a phone opens, e.g. https://…/doe-mee?code=ABC234. */
  url: string;
  /** Accessible name: what the picture is for. */
  label: string;
  /** Width and height in CSS pixels. */
  size?: number;
}

export function JoinQrCode({ url, label, size = 240 }: JoinQrCodeProps) {
  const { data } = encode(url, { ecc: 'M', border: 2 });
  const cells = data.length;
  const path = data.flatMap((row, y) => row.map((dark, x) => (dark ? `M${x} ${y}h1v1h-1z` : ''))).join('');
  return (
    <svg
      className="kv-qr"
      role="img"
      aria-label={label}
      width={size}
      height={size}
      viewBox={`0 0 ${cells} ${cells}`}
      shapeRendering="crispEdges"
    >
      <rect width={cells} height={cells} fill="#fff" />
      <path d={path} fill="#000" />
    </svg>
  );
}

/** The address a phone opens to join with this code. */
export function joinUrl(code: string, origin = window.location.origin): string {
  return `${origin}/doe-mee?code=${encodeURIComponent(code)}`;
}
