import { expect } from '@esm-bundle/chai';
import { parseStoryboard, parseStoryboardJson, StoryboardParseError, tileAt } from './storyboard.ts';

const BASE = 'https://image.mux.com/abc/storyboard.vtt';
const VTT = `WEBVTT

00:00:00.000 --> 00:01:06.067
https://image.mux.com/abc/storyboard.jpg#xywh=0,0,256,160

00:01:06.067 --> 00:02:14.067
https://image.mux.com/abc/storyboard.jpg#xywh=256,0,256,160

02:14.067 --> 03:22.067
storyboard.jpg#xywh=512,0,256,160
`;

describe('storyboard parsing', () => {
  it('reads the seed VTT: times, sheet URL (relative ones resolved) and xywh', () => {
    const board = parseStoryboard(VTT, BASE);
    expect(board).to.have.length(3);
    expect(board[1]).to.deep.equal({
      start: 66.067,
      end: 134.067,
      url: 'https://image.mux.com/abc/storyboard.jpg',
      x: 256,
      y: 0,
      width: 256,
      height: 160,
    });
    expect(board[2]?.url).to.equal('https://image.mux.com/abc/storyboard.jpg');
    expect(board[2]?.start).to.be.closeTo(134.067, 1e-9);
  });

  it('reads the seed JSON, with ends from the next start and the duration', () => {
    const board = parseStoryboardJson(
      {
        url: 'https://image.mux.com/abc/storyboard.jpg',
        tile_width: 256,
        tile_height: 160,
        duration: 400,
        tiles: [
          { start: 66.066667, x: 256, y: 0 },
          { start: 0, x: 0, y: 0 },
          { start: 336.066667, x: 0, y: 160 },
        ],
      },
      BASE,
    );
    expect(board.map((tile) => [tile.start, tile.end, tile.x, tile.y])).to.deep.equal([
      [0, 66.066667, 0, 0],
      [66.066667, 336.066667, 256, 0],
      [336.066667, 400, 0, 160],
    ]);
  });

  it('finds the tile for a time by binary search', () => {
    const board = parseStoryboard(VTT, BASE);
    expect(tileAt(board, -5)?.x).to.equal(0);
    expect(tileAt(board, 0)?.x).to.equal(0);
    expect(tileAt(board, 66.066)?.x).to.equal(0);
    expect(tileAt(board, 66.067)?.x).to.equal(256);
    expect(tileAt(board, 1e9)?.x).to.equal(512);
    const many = Array.from({ length: 1000 }, (_, i) => ({
      start: i,
      end: i + 1,
      url: '',
      x: i,
      y: 0,
      width: 1,
      height: 1,
    }));
    for (const time of [0, 1.5, 499.99, 500, 999, 1200])
      expect(tileAt(many, time)?.x).to.equal(Math.min(999, Math.floor(time)));
  });

  it('says what is wrong with malformed metadata', () => {
    expect(() => parseStoryboard('hello', BASE)).to.throw(StoryboardParseError, 'WEBVTT');
    expect(() => parseStoryboard('WEBVTT\n\n00:00.000 --> 00:01.000\nsheet.jpg\n', BASE)).to.throw(
      StoryboardParseError,
      'cue 1',
    );
    expect(() => parseStoryboard('WEBVTT\n', BASE)).to.throw(StoryboardParseError, 'no cues');
    expect(() => parseStoryboard('{"url": 1}', BASE)).to.throw(StoryboardParseError, 'tile_width');
    expect(() => parseStoryboard('{nope', BASE)).to.throw(StoryboardParseError, 'does not parse');
    expect(() =>
      parseStoryboard('{"url":"a.jpg","tile_width":1,"tile_height":1,"tiles":[{"start":"x","x":0,"y":0}]}', BASE),
    ).to.throw(StoryboardParseError, 'tile 0');
  });
});
