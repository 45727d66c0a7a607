// Cards are drawn in another process, so what crosses over must be plain data: function
// components called, fragments flattened, nothing but host elements, text and numbers left.
import { createElement, Fragment } from 'react';
import { toHostTree } from '@/lib/server/card-renderer';

function Label({ text }: { text: string }) {
  return createElement(Fragment, null, createElement('div', { style: { color: '#fff' } }, text), createElement('div', null, text));
}

function Card({ name, items }: { name: string; items: number[] }) {
  return createElement('div', { style: { display: 'flex' } }, createElement(Label, { text: name }), items.map((n) => createElement('span', { key: n }, n)), false, null);
}

test('calls function components, flattens fragments and drops empty children', () => {
  expect(toHostTree(createElement(Card, { name: 'Donetsk', items: [1, 2] }))).toEqual([
    {
      type: 'div',
      props: {
        style: { display: 'flex' },
        children: [
          { type: 'div', props: { style: { color: '#fff' }, children: ['Donetsk'] } },
          { type: 'div', props: { children: ['Donetsk'] } },
          { type: 'span', props: { children: [1] } },
          { type: 'span', props: { children: [2] } },
        ],
      },
    },
  ]);
});

test('the result survives a structured clone (what crosses to the renderer process)', () => {
  const tree = toHostTree(createElement(Card, { name: 'Kherson', items: [3] }));
  expect(structuredClone(tree)).toEqual(tree);
});
