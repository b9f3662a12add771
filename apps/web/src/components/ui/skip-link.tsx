import classes from './skip-link.module.css';

export function SkipLink({ targetId }: { targetId: string }) {
  return (
    <a className={classes.skipLink} href={`#${targetId}`}>
      Skip to content
    </a>
  );
}
