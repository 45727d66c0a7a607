// Draws a PNG card: in the card renderer process (lib/server/card-renderer.ts), which gives its memory back
// when idle, or with next/og in this process where the renderer cannot load next/og.
import { ImageResponse } from 'next/og';
import type { ReactElement } from 'react';
import type { CardFont } from '@/lib/cards/fonts';
import { renderCard, processRendering } from '@/lib/server/card-renderer';

export function drawCard(element: ReactElement, options: { width: number; height: number; fonts: CardFont[] }): Promise<ArrayBuffer> {
  if (processRendering()) return renderCard(element, options);
  return new ImageResponse(element, options).arrayBuffer();
}
