"use client";

import { useReaderRegion } from "@/components/region/region-provider";
import { telHref } from "@/lib/helplines/phone";

/**
 * The reader's emergency number as a tap-to-call link, or a plain phrase until we know their
 * region. For chest pain, the number the region's health services name for it comes first,
 * with the general one beside it ("15 or 112").
 */
export function EmergencyNumber({ fallback, forChestPain = false }: { fallback: string; forChestPain?: boolean }) {
  const { region, or } = useReaderRegion();
  if (!region?.emergency) return <strong>{fallback}</strong>;
  const numbers = forChestPain && region.heart ? [region.heart, region.emergency] : [region.emergency];
  return (
    <>
      {numbers.map((n, i) => (
        <span key={n.dial}>
          {i > 0 && ` ${or} `}
          <a href={telHref(n.dial)} className="ltr">
            <strong>{n.display}</strong>
          </a>
        </span>
      ))}
    </>
  );
}
