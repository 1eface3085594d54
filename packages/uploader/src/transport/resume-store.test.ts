import { expect } from '@esm-bundle/chai';
import { fingerprintFile } from './fingerprint.ts';
import { RESUME_KEY_PREFIX, ResumeStore } from './resume-store.ts';

const file = (content: string, name = 'clip.mp4', lastModified = 1_700_000_000_000): File =>
  new File([content], name, { type: 'video/mp4', lastModified });

describe('fingerprintFile', () => {
  it('is the same for the same file chosen again', async () => {
    expect(await fingerprintFile(file('abc'))).to.equal(await fingerprintFile(file('abc')));
  });

  it('differs when the name, date or content differs', async () => {
    const base = await fingerprintFile(file('abc'));
    expect(await fingerprintFile(file('abc', 'other.mp4'))).to.not.equal(base);
    expect(await fingerprintFile(file('abc', 'clip.mp4', 1))).to.not.equal(base);
    expect(await fingerprintFile(file('abd'))).to.not.equal(base);
  });

  it('sees a change in the tail of a large file', async () => {
    const body = 'x'.repeat(300_000);
    expect(await fingerprintFile(file(`${body}a`))).to.not.equal(await fingerprintFile(file(`${body}b`)));
  });
});

describe('ResumeStore', () => {
  beforeEach(() => {
    sessionStorage.clear();
  });

  it('keeps an upload URL under the fingerprint until deleted', () => {
    const store = new ResumeStore(sessionStorage);
    store.set('fp', 'http://upload.example/uploads/1');
    expect(store.get('fp')?.url).to.equal('http://upload.example/uploads/1');
    store.delete('fp');
    expect(store.get('fp')).to.equal(null);
  });

  it('forgets entries older than maxAge', () => {
    let now = 1000;
    const store = new ResumeStore(sessionStorage, 500, () => now);
    store.set('fp', 'http://upload.example/uploads/1');
    now = 1400;
    expect(store.get('fp')).to.not.equal(null);
    now = 1600;
    expect(store.get('fp')).to.equal(null);
    expect(sessionStorage.getItem(`${RESUME_KEY_PREFIX}fp`)).to.equal(null);
  });

  it('keeps how far requests reached, and finds the file that holds a URL', () => {
    const store = new ResumeStore(sessionStorage);
    store.set('a', 'http://upload.example/uploads/1', 524_288);
    store.set('b', 'http://upload.example/uploads/2');
    expect(store.get('a')?.sent).to.equal(524_288);
    expect(store.fingerprintOf('http://upload.example/uploads/1')).to.equal('a');
    // Nothing sent yet: nothing of that file can be mixed with another.
    expect(store.fingerprintOf('http://upload.example/uploads/2')).to.equal(null);
    expect(store.fingerprintOf('http://upload.example/uploads/3')).to.equal(null);
  });

  it('does not resume an entry that does not say how far requests reached', () => {
    sessionStorage.setItem(`${RESUME_KEY_PREFIX}fp`, JSON.stringify({ url: 'http://u/1', savedAt: Date.now() }));
    expect(new ResumeStore(sessionStorage).get('fp')).to.equal(null);
  });

  it('ignores corrupt entries', () => {
    sessionStorage.setItem(`${RESUME_KEY_PREFIX}fp`, '{not json');
    expect(new ResumeStore(sessionStorage).get('fp')).to.equal(null);
  });

  it('never throws when storage does', () => {
    const broken = {
      getItem: () => {
        throw new DOMException('denied', 'SecurityError');
      },
      setItem: () => {
        throw new DOMException('full', 'QuotaExceededError');
      },
      removeItem: () => {
        throw new DOMException('denied', 'SecurityError');
      },
    } as unknown as Storage;
    const store = new ResumeStore(broken);
    expect(() => {
      store.set('fp', 'u');
    }).to.not.throw();
    expect(store.get('fp')).to.equal(null);
  });
});
