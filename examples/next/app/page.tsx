import Link from 'next/link';
import { articleSlugs, getArticle } from '../lib/content';

export default function Home() {
  return (
    <main
      style={{ maxWidth: '40rem', margin: '0 auto', padding: '1rem', fontFamily: 'system-ui, sans-serif' }}
    >
      <h1>Le Quotidien d’exemple</h1>
      <ul>
        {articleSlugs.map((slug) => (
          <li key={slug}>
            <Link href={`/articles/${slug}`}>{getArticle(slug)?.article.headline}</Link> (
            <a href={`/pages-router/${slug}`}>Pages Router</a>)
          </li>
        ))}
      </ul>
    </main>
  );
}
